using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Incidents.Infrastructure.Persistence;

/// <summary>A column of a <see cref="NewRowTable"/>: its property, type mapping and value getter.</summary>
internal sealed record NewRowColumn(
    IProperty Property,
    RelationalTypeMapping Mapping,
    IClrPropertyGetter Getter
);

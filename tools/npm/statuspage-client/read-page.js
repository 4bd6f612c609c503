// Reads a status page through npm statuspage.io (a typed client of Statuspage's public v2 JSON),
// pointed at our service with setApiUrl, and prints what it got as one JSON document.
// Usage: node read-page.js <base URL of the page>
const { Statuspage } = require('statuspage.io');

async function main() {
  const client = new Statuspage('unused-page-id');
  client.setApiUrl(process.argv[2]);
  const api = client.api;
  const result = {
    summary: await api.getSummary(),
    status: await api.getStatus(),
    components: await api.getComponents(),
    incidents: await api.incidents.getAll(),
    unresolved: await api.incidents.getUnresolved(),
    maintenances: await api.scheduledMaintenances.getAll(),
    upcoming: await api.scheduledMaintenances.getUpcoming(),
  };
  process.stdout.write(JSON.stringify(result));
}

main().catch(error => {
  process.stderr.write(String(error && error.stack ? error.stack : error));
  process.exit(1);
});

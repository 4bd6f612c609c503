# The call paths leading to a frame (CPU samples only). Usage: python3 callers.py TRACE.speedscope.json FRAME-SUBSTRING [DEPTH] [COUNT]
import json,sys,collections
d=json.load(open(sys.argv[1])); target=sys.argv[2]; depth=int(sys.argv[3]) if len(sys.argv)>3 else 12
frames=[f['name'] for f in d['shared']['frames']]
paths=collections.Counter(); tot=0
for p in d['profiles']:
    stack=[]; prev=None
    for e in p['events']:
        at=e['at']
        if prev is not None and stack and frames[stack[-1]]=='CPU_TIME':
            names=[frames[i] for i in stack]
            idx=[i for i,n in enumerate(names) if target in n]
            if idx:
                i=idx[0]
                key=' <- '.join(n.split('!')[-1][:90] for n in reversed(names[max(0,i-depth):i+1]))
                paths[key]+=at-prev; tot+=at-prev
        if e['type']=='O': stack.append(e['frame'])
        else:
            while stack:
                f=stack.pop()
                if f==e['frame']: break
        prev=at
print('total ms',round(tot))
for k,v in paths.most_common(int(sys.argv[4]) if len(sys.argv)>4 else 8): print(round(v), k,'\n')

# Share of running (not waiting) time per frame in a dotnet-trace "dotnet-sampled-thread-time" trace converted to speedscope.
# Usage: python3 running_time.py TRACE.speedscope.json [FRAME-SUBSTRING] [incl|self]
import json,sys,collections
d=json.load(open(sys.argv[1]))
frames=[f['name'] for f in d['shared']['frames']]
WAIT=('Wait','Sleep','SpinWait','Monitor.','WaitHandle','LowLevelLifoSemaphore','epoll','Blocking','WaitOne','SignalAndWait','Semaphore','UNMANAGED_CODE_TIME','Thread.Join','ThreadPoolWorkQueue.Dispatch')
incl=collections.Counter(); self_=collections.Counter(); total=0
for p in d['profiles']:
    stack=[]; prev=None
    for e in p['events']:
        at=e['at']
        if prev is not None and stack:
            dt=at-prev
            leaf=frames[stack[-1]]
            BLOCK=('RunFinalizers','LowLevelLifoSemaphore','WorkerThreadStart','PollGC','Enter_Slowpath','WaitOneNoCheck','?!?','TimerThread','WaitForSignal','Semaphore.Release')
            if leaf=='CPU_TIME' and len(stack)>1 and not any(b in frames[stack[-2]] for b in BLOCK):
                leaf=frames[stack[-2]]
                total+=dt; self_[leaf]+=dt
                for n in set(frames[i] for i in stack): incl[n]+=dt
        if e['type']=='O': stack.append(e['frame'])
        else:
            # close: pop up to that frame
            while stack:
                f=stack.pop()
                if f==e['frame']: break
        prev=at
print('total running', round(total), 'ms')
pat=sys.argv[2] if len(sys.argv)>2 else ''
mode=sys.argv[3] if len(sys.argv)>3 else 'incl'
src=incl if mode=='incl' else self_
for n,c in src.most_common(3000):
    if pat in n: print(f'{100*c/total:5.1f}% {n[:170]}')

# Share of running (not waiting) time per frame in a dotnet-trace "dotnet-sampled-thread-time" trace converted to speedscope.
# Usage: python3 running_time.py TRACE.speedscope.json [FRAME-SUBSTRING] [incl|self]
import collections
import sys

from speedscope import intervals

BLOCK=('RunFinalizers','LowLevelLifoSemaphore','WorkerThreadStart','PollGC','Enter_Slowpath','WaitOneNoCheck','?!?','TimerThread','WaitForSignal','Semaphore.Release')
incl=collections.Counter(); self_=collections.Counter(); total=0
for names, dt in intervals(sys.argv[1]):
    # CPU samples whose caller is not a thread parked in the runtime's own waiting.
    if names[-1]=='CPU_TIME' and len(names)>1 and not any(b in names[-2] for b in BLOCK):
        leaf=names[-2]
        total+=dt; self_[leaf]+=dt
        for n in set(names): incl[n]+=dt
print('total running', round(total), 'ms')
pat=sys.argv[2] if len(sys.argv)>2 else ''
mode=sys.argv[3] if len(sys.argv)>3 else 'incl'
src=incl if mode=='incl' else self_
for n,c in src.most_common(3000):
    if pat in n: print(f'{100*c/total:5.1f}% {n[:170]}')

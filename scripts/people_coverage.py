#!/usr/bin/env python3
"""Office coverage of the actor lexicon's people files.

For each state the issue names (the G20, the Security Council's permanent
members and the states of recurrent conflict news) and each office (head of
state, head of government, foreign, defence and interior minister), counts
the days from 2000-01-01 to 2026-11-30 on which some dated `code` line of
data/actors/people*.txt holds that office, and prints the overall share and
every gap longer than 60 days. Presidential systems count the head of state
as head of government. Offices are read from the role words of each code
line, so a gap may also mean a role written in other words.

Usage: scripts/people_coverage.py   (from the repository root)
"""
import re,glob,datetime,collections
D=datetime.date
def d(s):
    y,m,dd=map(int,s.split('-')); return D(y,m,dd)
START,END=D(2000,1,1),D(2026,11,30)
roles={'HOS':r'\b(leader|junta leader|president|king|emir|supreme leader|sultan|queen|head of state|chairman of the state|crown prince|general secretary|chairman of the presidential council|sovereignty council|state affairs commission|supreme leader)\b',
 'HOG':r'\b(prime minister|chancellor(?! of the exchequer)|premier|head of government|president)\b',
 'FM':r'\b(foreign minister|foreign secretary|secretary of state|minister of foreign affairs|foreign affairs minister|external affairs minister)\b',
 'DM':r'\b(defen[cs]e minister|defen[cs]e secretary|minister of defen[cs]e|armed forces minister|defence chief)\b',
 'IM':r'\b(interior minister|home secretary|interior secretary|home affairs minister|homeland security secretary|public security minister|minister of interior|internal affairs minister|home minister|police minister|security minister)\b'}
cov=collections.defaultdict(list)
for f in glob.glob('data/actors/people*.txt'):
    for l in open(f):
        m=re.match(r'\s+code\s+([A-Z]{3})(\S*)\s+(\d{4}-\d\d-\d\d)?\.\.(\d{4}-\d\d-\d\d)?\s*(.*)',l)
        if not m: continue
        c,sub,a,b,desc=m.groups()
        if 'GOV' not in sub and 'MIL' not in sub: continue
        a=d(a) if a else D(1900,1,1); b=d(b) if b else END
        for r,rx in roles.items():
            if re.search(rx,desc.lower()): cov[(c,r)].append((a,b))
countries='USA RUS CHN GBR FRA DEU JPN ITA CAN AUS BRA MEX IND IDN TUR SAU ARG ZAF KOR UKR ISR PSE SYR IRN IRQ AFG YEM SDN ETH MMR PRK TWN VEN PAK LBY SOM MLI NGA EGY LBN COD SSD'.split()
# presidential systems: HOS==HOG
pres=set('USA BRA MEX IDN ARG ZAF KOR AFG VEN NGA SOM COD SSD IRN TUR SDN MLI YEM SYR LBY EGY TWN'.split())
tot=0;gap=0
out=[]
for c in countries:
    for r in roles:
        if r=='HOG' and c in pres: continue
        iv=sorted(cov.get((c,r),[]) + (cov.get((c,'HOS'),[]) if r=='HOG' else []))
        # uncovered days
        cur=START; miss=[]
        for a,b in iv:
            if a>cur: miss.append((cur,a))
            cur=max(cur,b)
        if cur<END: miss.append((cur,END))
        days=sum((b-a).days for a,b in miss)
        tot+=(END-START).days; gap+=days
        if days>60: out.append(f'{c} {r}: {days} days uncovered: '+', '.join(f'{a}..{b}' for a,b in miss if (b-a).days>30))
import signal; signal.signal(signal.SIGPIPE, signal.SIG_DFL)
print('coverage %.3f'%(1-gap/tot)); print('\n'.join(out))

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

Days on which an office did not exist or stood vacant (EXEMPT below, each
with its reason) are left out of the second figure; the first counts them as
gaps.

Usage: scripts/people_coverage.py [--states XXX,YYY,...]   (from the
repository root; with --states, only the head of state and of government of
the states given, by the ISO codes of data/actors/countries.txt)
"""
import re,glob,collections,argparse
from coverage_util import D,d,START,END,COUNTRIES as countries,overlap
ap=argparse.ArgumentParser(); ap.add_argument('--states',help='comma-separated ISO codes (default: the 42 of coverage_util.py); HOS and HOG only')
args=ap.parse_args()
offices=None
if args.states: countries=args.states.split(','); offices=('HOS','HOG')
roles={'HOS':r'\b(emperor|leader|junta leader|president|king|emir|supreme leader|sultan|queen|head of state|chairman of the state|crown prince|general secretary|chairman of the presidential council|sovereignty council|state affairs commission|supreme leader)\b',
 'HOG':r'\b(prime minister|chancellor(?! of the exchequer)|premier|head of government|president)\b',
 'FM':r'\b(foreign minister|foreign secretary|secretary of state|minister of foreign affairs|foreign affairs minister|external affairs minister)\b',
 'DM':r'\b(defen[cs]e minister|defen[cs]e secretary|minister of defen[cs]e|armed forces minister|defence chief)\b',
 'IM':r'\b(interior minister|home secretary|interior secretary|home affairs minister|homeland security secretary|public security minister|minister of interior|internal affairs minister|home minister|police minister|security minister)\b'}
# Offices whose interior-type holder bears another title in one state only
# (counted there, nowhere else): Brazil's justice ministers ran the federal
# police until the public security ministry of 2018; Australia's justice (and
# customs) ministers held the law-enforcement portfolio that home affairs took
# over in 2007 and 2017; Canada's solicitor general was its public safety
# minister until December 2003.
extra={('BRA','IM'):r'\bjustice minister\b',
 ('AUS','IM'):r'\b(justice minister|justice and customs minister)\b',
 ('CAN','IM'):r'\bsolicitor general\b'}
# (state, office, from, to, why): days that no person can cover.
EXEMPT=[
 ('JPN','IM','2000-01-01','2026-11-30','no interior ministry'),
 ('ETH','IM','2000-01-01','2026-11-30','no interior ministry (federal affairs, then peace ministry)'),
 ('PSE','DM','2000-01-01','2026-11-30','no defence ministry'),
 ('PSE','FM','2000-01-01','2003-04-29','no foreign ministry before the first cabinet'),
 ('CAN','HOS','2000-01-01','2026-11-30','the British monarch'),
 ('AUS','HOS','2000-01-01','2026-11-30','the British monarch'),
 ('USA','IM','2000-01-01','2003-01-24','no homeland security department yet'),
 ('SSD','HOS','2000-01-01','2011-07-09','not yet independent'),
 ('SSD','FM','2000-01-01','2011-07-09','not yet independent'),
 ('SSD','DM','2000-01-01','2011-07-09','not yet independent'),
 ('SSD','IM','2000-01-01','2011-07-09','not yet independent'),
 ('SOM','HOS','2000-01-01','2000-08-27','no central government'),
 ('IRQ','HOS','2003-04-09','2003-08-01','occupation authority'),
 ('IRQ','HOG','2003-04-09','2003-08-01','occupation authority'),
 ('IRQ','FM','2003-04-09','2003-09-03','occupation authority'),
 ('LBN','HOS','2007-11-24','2008-05-25','presidential vacancy'),
 ('LBN','HOS','2014-05-25','2016-10-31','presidential vacancy'),
 ('LBN','HOS','2022-10-31','2025-01-09','presidential vacancy'),
 ('LBY','HOS','2014-08-04','2016-03-30','rival parliaments, no single head of state'),
 ('CHN','DM','2023-10-24','2023-12-29','post vacant'),
 ('YEM','DM','2015-03-25','2018-11-07','post vacant'),
 ('IRQ','DM','2018-10-25','2019-06-24','post vacant'),
 ('IRQ','IM','2018-10-25','2019-06-24','post vacant'),
 ('IRQ','DM','2003-04-09','2004-04-04','ministry dissolved by the occupation authority'),
 ('IRQ','IM','2003-04-09','2003-09-01','occupation authority, no cabinet'),
 ('ISR','IM','2025-07-17','2026-11-30','vacant since Arbel resigned, powers with the prime minister'),
]
for y in ('2003','2007','2011','2015','2019','2023'):
    cab={'2003':'2003-07-17','2007':'2007-07-26','2011':'2011-07-11','2015':'2015-11-11','2019':'2019-08-21','2023':'2023-08-21'}[y]
    for o in ('FM','DM','IM'): EXEMPT.append(('NGA',o,y+'-05-29',cab,'no ministers before the new cabinet'))
for a,b in (('2012-03-22','2012-04-24'),('2020-08-18','2020-10-05')):
    for o in ('FM','DM','IM'): EXEMPT.append(('MLI',o,a,b,'junta, no cabinet'))
ap=argparse.ArgumentParser(description='office coverage of the people files')
ap.add_argument('--states',help='comma-separated CAMEO codes; measures HOS and HOG only')
args=ap.parse_args()
offices=list(roles)
if args.states:
    countries=[c.strip().upper() for c in args.states.split(',') if c.strip()]
    offices=['HOS','HOG']
exempt=collections.defaultdict(list)
for c,o,a,b,_ in EXEMPT: exempt[(c,o)].append((d(a),d(b)))
cov=collections.defaultdict(list)
for f in glob.glob('data/actors/people*.txt'):
    for l in open(f):
        m=re.match(r'\s+code\s+([A-Z]{3})(\S*)\s+(\d{4}-\d\d-\d\d)?\.\.(\d{4}-\d\d-\d\d)?\s*(.*)',l)
        if not m: continue
        c,sub,a,b,desc=m.groups()
        if 'GOV' not in sub and 'MIL' not in sub: continue
        if 'regional' in desc.lower(): continue  # a region's president is no head of state
        a=d(a) if a else D(1900,1,1); b=d(b) if b else END
        for r,rx in roles.items():
            if re.search(rx,desc.lower()) or ((c,r) in extra and re.search(extra[(c,r)],desc.lower())): cov[(c,r)].append((a,b))
# presidential systems: HOS==HOG
pres=set('USA BRA MEX IDN ARG ZAF KOR AFG VEN NGA SOM COD SSD IRN TUR SDN MLI YEM SYR LBY EGY TWN'.split())
tot=0;gap=0;tot2=0;gap2=0
out=[]
for c in countries:
    for r in offices:
        if r=='HOG' and c in pres: continue
        if offices and r not in offices: continue
        iv=sorted(cov.get((c,r),[]) + (cov.get((c,'HOS'),[]) if r=='HOG' else []))
        # uncovered days
        cur=START; miss=[]
        for a,b in iv:
            if a>cur: miss.append((cur,a))
            cur=max(cur,b)
        if cur<END: miss.append((cur,END))
        days=sum((b-a).days for a,b in miss)
        tot+=(END-START).days; gap+=days
        ex=exempt.get((c,r),[])
        tot2+=(END-START).days-overlap([(START,END)],ex); gap2+=days-overlap(miss,ex)
        if days>60: out.append(f'{c} {r}: {days} days uncovered: '+', '.join(f'{a}..{b}' for a,b in miss if (b-a).days>30))
import signal; signal.signal(signal.SIGPIPE, signal.SIG_DFL)
print('coverage %.3f (offices that existed and were filled: %.3f)'%(1-gap/tot, 1-gap2/tot2)); print('\n'.join(out))

#!/usr/bin/env python3
"""Party coverage of the actor lexicon.

For the 42 states of scripts/people_coverage.py (scripts/coverage_util.py), counts the days from
2000-01-01 to 2026-11-30 on which some party record of that state (an `org`
record of data/actors/*.txt whose header or `code` lines carry PTY, plus the
few movements in PARTYLIKE that hold office without a PTY code) is coded GOV:
the party, or one of the parties, of the head of government; in presidential
systems the president's. A record's code on a day is that of its first `code`
line whose range holds the day, else the header's (data/actors/README.md).
Prints the overall share, the share of the days on which some party held the
executive (EXEMPT below names the rest, each with its reason: absolute
monarchies, juntas, non-party presidents and prime ministers, occupation and
transition authorities), and every gap longer than 60 days.

Then, for each state, whether its largest opposition party (by seats, or the
main challenger, as of 2026-11-30; MAIN_OPP) has a record at all: some `org`
record with that phrase among its names. States without a legal or
meaningful opposition are in OPP_EXEMPT.

Usage: scripts/party_coverage.py   (from the repository root)
"""
import re, glob, collections, signal
from coverage_util import D, d, START, END, COUNTRIES as countries, overlap
signal.signal(signal.SIGPIPE, signal.SIG_DFL)
# Movements that hold the executive but are coded as what they also are
# (Fatah, the PA president's movement, is PSEGOVFTH).
PARTYLIKE = {'FATAH'}
# (state, from, to, why): days on which no party held the executive.
EXEMPT = [
 ('SAU', '2000-01-01', '2026-11-30', 'absolute monarchy, no parties'),
 ('IRN', '2000-01-01', '2026-11-30', 'theocracy: presidents run for factions (reformists, principlists), not parties that hold the executive'),
 ('AFG', '2000-01-01', '2026-11-30', 'Taliban emirate, then non-party presidents (Karzai, Ghani), then the Taliban again'),
 ('LBY', '2000-01-01', '2026-11-30', 'Jamahiriya without parties, then transitional councils and rival governments of non-party premiers'),
 ('SOM', '2000-01-01', '2026-11-30', 'clan power-sharing; presidents are not elected as party leaders'),
 ('SSD', '2000-01-01', '2011-07-09', 'not yet independent'),
 ('ITA', '2011-11-16', '2013-04-28', 'Monti: technocratic cabinet without party ministers'),
 ('BRA', '2019-11-19', '2021-11-30', 'Bolsonaro without a party between the PSL and the PL'),
 ('KOR', '2003-09-29', '2003-11-11', 'Roh left the Millennium Democratic Party before the Uri Party was founded'),
 ('KOR', '2007-02-28', '2008-02-25', 'Roh without a party after leaving the Uri Party'),
 ('KOR', '2017-03-10', '2017-05-10', 'Park removed; acting president Hwang, then without a party'),
 ('UKR', '2000-01-01', '2002-11-21', 'Kuchma, a non-party president, and non-party or minor-party premiers (Yushchenko, Kinakh)'),
 ('IRQ', '2003-04-09', '2004-06-28', 'occupation authority'),
 ('IRQ', '2018-10-25', '2026-11-30', 'premiers without a party of their own, chosen by Shia blocs (Abdul-Mahdi, Kadhimi, Sudani)'),
 ('SYR', '2024-12-08', '2026-11-30', 'transitional authority after Assad; the Baath dissolved, parties suspended'),
 ('YEM', '2022-04-07', '2026-11-30', 'Presidential Leadership Council of eight, not one party'),
 ('SDN', '2019-04-11', '2026-11-30', 'military council, transitional council with a non-party premier, junta since 2021, war since 2023'),
 ('MMR', '2000-01-01', '2011-03-30', 'junta'),
 ('MMR', '2021-02-01', '2026-11-30', 'junta after the coup; the government after the 2025-26 elections not recorded'),
 ('PAK', '2000-01-01', '2002-11-23', 'Musharraf military rule'),
 ('PAK', '2018-06-01', '2018-08-18', 'caretaker government'),
 ('PAK', '2023-08-14', '2024-03-04', 'caretaker government'),
 ('MLI', '2002-06-08', '2012-04-12', 'Toure, a non-party president, then the 2012 coup'),
 ('MLI', '2020-08-18', '2026-11-30', 'juntas; parties dissolved in 2025'),
 ('EGY', '2011-02-11', '2012-06-30', 'military council'),
 ('EGY', '2013-07-03', '2026-11-30', 'interim president, then Sisi, who belongs to no party'),
 ('LBN', '2000-01-01', '2000-10-26', 'non-party premier (Hoss) and president (Lahoud)'),
 ('LBN', '2004-10-26', '2005-07-19', 'Karami and Mikati premiers, Lahoud president: no party record'),
 ('LBN', '2011-06-13', '2016-10-31', 'Mikati and Salam premiers, Suleiman president or vacancy: no party'),
 ('LBN', '2022-10-31', '2026-11-30', 'presidential vacancy, Mikati caretaker; then non-party Joseph Aoun and Nawaf Salam'),
 ('COD', '2000-01-01', '2002-03-31', 'the Kabilas before the PPRD was founded'),
]
# Largest opposition party (by seats, or the main challenger) on 2026-11-30:
# a phrase some record must carry as a name.
MAIN_OPP = {
 'USA': 'Democratic Party', 'RUS': 'Communist Party of the Russian Federation',
 'GBR': 'Conservative Party', 'FRA': 'National Rally', 'DEU': 'Alternative for Germany',
 'JPN': 'Constitutional Democratic Party of Japan', 'ITA': 'Partito Democratico',
 'CAN': 'Conservative Party of Canada', 'AUS': 'Liberal Party of Australia',
 'BRA': 'Brazilian Liberal Party', 'MEX': 'National Action Party', 'IND': 'Indian National Congress',
 'IDN': 'Indonesian Democratic Party of Struggle', 'TUR': "Republican People's Party",
 'ARG': 'Justicialist Party', 'ZAF': 'uMkhonto weSizwe Party', 'KOR': 'People Power Party',
 'UKR': 'European Solidarity', 'ISR': 'Yesh Atid', 'PSE': 'Hamas', 'IRQ': 'Sadrist Movement',
 'YEM': 'Houthis', 'ETH': "Tigray People's Liberation Front",
 'MMR': 'National League for Democracy', 'TWN': 'Kuomintang', 'VEN': 'Unitary Platform',
 'PAK': 'Pakistan Tehreek-e-Insaf', 'NGA': 'Peoples Democratic Party', 'EGY': 'Muslim Brotherhood',
 'COD': 'Together for the Republic', 'SSD': "Sudan People's Liberation Movement-in-Opposition",
}
OPP_EXEMPT = {
 'CHN': 'one-party state', 'PRK': 'one-party state', 'SAU': 'absolute monarchy',
 'IRN': 'no legal opposition parties', 'SYR': 'transitional authority, parties suspended',
 'AFG': 'Taliban emirate, parties banned', 'LBY': 'rival governments, no national opposition',
 'SOM': 'clan politics', 'MLI': 'parties dissolved by the junta', 'SDN': 'junta and civil war',
 'LBN': 'consensus cabinets of every major bloc',
}

def chunks(code): return [code[i:i+3] for i in range(0, len(code), 3)]
recs = []   # (state, header code, [(from, to, code)], names, short)
for f in sorted(glob.glob('data/actors/*.txt')):
    cur = None
    for l in open(f, encoding='utf-8'):
        l = l.split('#')[0].rstrip()
        if not l.strip(): continue
        if not l[0].isspace():
            cur = None
            m = re.match(r'org\s+([A-Z]+)(?:\s+(\S+))?', l)
            if m:
                cur = [m.group(1)[:3], m.group(1), [], [], m.group(2) or '']
                recs.append(cur)
            continue
        if cur is None: continue
        k, _, v = l.strip().partition(' ')
        if k == 'code':
            m = re.match(r'([A-Z]+)\s+(\d{4}-\d\d-\d\d)?\.\.(\d{4}-\d\d-\d\d)?', v.strip())
            if m: cur[2].append((d(m.group(2)) if m.group(2) else D(1, 1, 1),
                                 d(m.group(3)) if m.group(3) else D(9999, 1, 1), m.group(1)))
        elif k == 'name':
            cur[3] += [p.strip().lstrip('=').lower() for p in v.split(';')]

def is_party(r):
    return r[4] in PARTYLIKE or any('PTY' in chunks(c)[1:] for c in [r[1]] + [x[2] for x in r[2]])
def gov_intervals(r):
    pts = sorted({START, END} | {p for a, b, _ in r[2] for p in (a, b) if START < p < END})
    out = []
    for a, b in zip(pts, pts[1:]):
        code = next((c for x, y, c in r[2] if x <= a < y), r[1])
        if 'GOV' in chunks(code)[1:]: out.append((a, b))
    return out

cov = collections.defaultdict(list)
for r in recs:
    if r[0] in countries and is_party(r): cov[r[0]] += gov_intervals(r)
exempt = collections.defaultdict(list)
for c, a, b, _ in EXEMPT: exempt[c].append((d(a), d(b)))
tot = gap = tot2 = gap2 = 0; out = []
for c in countries:
    cur = START; miss = []
    for a, b in sorted(cov[c]):
        if a > cur: miss.append((cur, a))
        cur = max(cur, b)
    if cur < END: miss.append((cur, END))
    days = sum((b - a).days for a, b in miss)
    tot += (END - START).days; gap += days
    ex = exempt[c]
    tot2 += (END - START).days - overlap([(START, END)], ex); gap2 += days - overlap(miss, ex)
    big = [(a, b) for a, b in miss if (b - a).days > 60]
    for a, b in big:
        left = (b - a).days - overlap([(a, b)], ex)
        out.append(f'{c}: {a}..{b} no GOVPTY party' + (f' ({left} days not exempt)' if ex else ''))
names = collections.defaultdict(set)
for r in recs: names[r[0]] |= set(r[3])
allnames = set().union(*names.values())
opp_missing = [f'{c}: no record of its main opposition "{MAIN_OPP[c]}"' for c in countries
               if c in MAIN_OPP and MAIN_OPP[c].lower() not in allnames]
opp_unknown = [c for c in countries if c not in MAIN_OPP and c not in OPP_EXEMPT]
n_opp = sum(1 for c in countries if c in MAIN_OPP)
print('governing party coverage %.3f (days on which a party held the executive: %.3f)' % (1 - gap / tot, 1 - gap2 / tot2))
print('main opposition with a record: %d of %d (%d exempt)' % (n_opp - len(opp_missing), n_opp, len(OPP_EXEMPT)))
print('\n'.join(out + opp_missing + [f'{c}: main opposition not listed' for c in opp_unknown]))

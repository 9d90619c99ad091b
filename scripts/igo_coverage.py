#!/usr/bin/env python3
"""Coverage of the heads of the main international organisations.

For a fixed list of IGO offices (UN Secretary-General, NATO Secretary-General,
the EU's presidents and High Representative, the AU Commission chair and the
OAU Secretary-General before it, the heads of the IAEA, WHO, IMF, World Bank,
WTO, OPEC, OSCE, GCC, ECOWAS, ...), counts the days from 2000-01-01 (or the
office's creation) to 2026-11-30 on which some dated `code` line of
data/actors/people*.txt holds that office, and prints the overall share and
every gap longer than 60 days.

An office is one or more (org code, role words) pairs. A code line holds it
when its code is the org code (as data/actors/orgs.txt writes it) followed
only by CAMEO role codes (so `IGOUNO` does not take the UN agencies'
`IGOUNOIAE`), and one of its comma-separated roles is one of the office's
role words, alone or after "acting" or "interim". The EU's offices share the
code IGOEUREEC and are told apart by their roles ("commission president",
"council president", "high representative"). The UN Security Council's
rotating presidency is left out. A gap may also be a real vacancy (the WTO
had no director-general from September 2020 to March 2021).

Usage: scripts/igo_coverage.py [-v]   (from the repository root; -v also
lists every office's holders in date order)
"""
import collections, datetime, glob, re, signal, sys

D = datetime.date
START, END = D(2000, 1, 1), D(2026, 11, 30)
ROLE_CODES = set('GOV MIL COP JUD OPP REB INS SEP SPY UAF BUS MED CVL LEG EDU LAB HLH HRI REF '
                 'AGR ENV CRM DEV ELI MOD RAD PTY'.split())
SG = ('secretary-general', 'secretary general')
DG = ('director-general', 'director general')
# name: (first day counted or None, [(org code, role words), ...])
OFFICES = {
    'UN Secretary-General': (None, [('IGOUNO', SG)]),
    'UN High Commissioner for Refugees': (None, [('IGOUNOREFHCR', ('high commissioner',))]),
    'UN High Commissioner for Human Rights': (None, [('IGOUNOHRIHCH', ('high commissioner',))]),
    'NATO Secretary-General': (None, [('IGOWSTNAT', SG)]),
    'European Commission president': (None, [('IGOEUREEC', ('commission president',))]),
    'European Council president': (D(2009, 12, 1), [('IGOEUREEC', ('council president',))]),
    'EU High Representative': (None, [('IGOEUREEC', ('high representative',))]),
    'European Parliament president': (None, [('IGOEUREECLEG', ('president',))]),
    'ECB president': (None, [('IGOEURBUSECB', ('president',))]),
    'AU Commission chair / OAU Secretary-General': (
        None, [('IGOOAU', SG), ('IGOAFRAFU', ('chairperson', 'chairman', 'chairwoman', 'chair'))]),
    'Arab League Secretary-General': (None, [('IGOMEAARL', SG)]),
    'OAS Secretary-General': (None, [('IGOOAS', SG)]),
    'ASEAN Secretary-General': (None, [('IGOSEAASN', SG)]),
    'IAEA Director General': (None, [('IGOUNOIAE', DG)]),
    'WHO Director-General': (None, [('IGOUNOHLHWHO', DG)]),
    'IMF Managing Director': (None, [('IGOIMF', ('managing director',))]),
    'World Bank President': (None, [('IGOUNOWBK', ('president',))]),
    'WTO Director-General': (None, [('IGOWTO', DG)]),
    'OPEC Secretary-General': (None, [('IGOBUSOPC', SG)]),
    'ICC Prosecutor': (D(2003, 6, 16), [('IGOICC', ('prosecutor',))]),
    'OSCE Secretary General': (None, [('IGOEURSCE', SG)]),
    'GCC Secretary-General': (None, [('IGOGCC', SG)]),
    'ECOWAS Commission president / Executive Secretary': (
        None, [('IGOWAFWAS', ('president', 'executive secretary'))]),
}


def day(s):
    y, m, d = map(int, s.split('-'))
    return D(y, m, d)


def holds(code, roles, org, words):
    if not code.startswith(org): return False
    rest = code[len(org):]
    if len(rest) % 3 or any(rest[i:i + 3] not in ROLE_CODES for i in range(0, len(rest), 3)):
        return False
    for r in roles:
        r = re.sub(r'^(acting|interim) ', '', r.strip().lower())
        if r in words: return True
    return False


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    verbose = '-v' in sys.argv[1:]
    held = collections.defaultdict(list)   # office -> [(from, to, person)]
    for f in sorted(glob.glob('data/actors/people*.txt')):
        person = None
        for l in open(f, encoding='utf-8'):
            if l.startswith('person '): person = l.split('#')[0][7:].strip()
            m = re.match(r'\s+code\s+([A-Z]+)\s+(\d{4}-\d\d-\d\d)?\.\.(\d{4}-\d\d-\d\d)?\s*(.*)', l)
            if not m: continue
            code, a, b, desc = m.groups()
            roles = desc.split('#')[0].split(',')
            a = day(a) if a else D(1900, 1, 1)
            b = day(b) if b else END
            for office, (_, alts) in OFFICES.items():
                if any(holds(code, roles, org, words) for org, words in alts):
                    held[office].append((a, b, person))
    total = uncovered = 0
    out = []
    for office, (first, _) in OFFICES.items():
        lo = first or START
        iv = sorted(held.get(office, []))
        cur, miss = lo, []
        for a, b, _ in iv:
            if a > cur: miss.append((cur, min(a, END)))
            cur = max(cur, b)
        if cur < END: miss.append((cur, END))
        miss = [(a, b) for a, b in miss if a < b]
        days = sum((b - a).days for a, b in miss)
        total += (END - lo).days
        uncovered += days
        big = [(a, b) for a, b in miss if (b - a).days > 60]
        line = '%-52s %5.3f' % (office, 1 - days / (END - lo).days)
        if big: line += '  gaps: ' + ', '.join('%s..%s' % g for g in big)
        out.append(line)
        if verbose:
            for a, b, p in iv:
                if b > lo: out.append('    %s..%s %s' % (a if a.year > 1900 else '', b if b < END else '', p))
    print('coverage %.3f' % (1 - uncovered / total))
    print('\n'.join(out))


if __name__ == '__main__':
    main()

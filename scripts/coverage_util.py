"""What scripts/people_coverage.py and scripts/party_coverage.py share: the
period they measure, the 42 states, and the count of days two lists of
date ranges share."""
import datetime
D = datetime.date
START, END = D(2000, 1, 1), D(2026, 11, 30)
# The G20, the Security Council's permanent members and the states of
# recurrent conflict news.
COUNTRIES = 'USA RUS CHN GBR FRA DEU JPN ITA CAN AUS BRA MEX IND IDN TUR SAU ARG ZAF KOR UKR ISR PSE SYR IRN IRQ AFG YEM SDN ETH MMR PRK TWN VEN PAK LBY SOM MLI NGA EGY LBN COD SSD'.split()

def d(s):
    """An ISO date YYYY-MM-DD."""
    y, m, dd = map(int, s.split('-')); return D(y, m, dd)

def overlap(miss, ex):
    """Days that the half-open ranges of `miss` and of `ex` share."""
    n = 0
    for a, b in miss:
        for x, y in ex:
            lo, hi = max(a, x), min(b, y)
            if hi > lo: n += (hi - lo).days
    return n

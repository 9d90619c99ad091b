#!/usr/bin/env python3
"""Coverage of the major armed groups 2000-2026 by the actor lexicon.

CHECKLIST below, written for dyad from general knowledge, names the armed
groups most present in conflict news 2000-2026 (the Middle East, the Sahel
and Lake Chad, the Horn, Central Africa, South Asia, South-East Asia, the
Caucasus, Ukraine and Russia, Latin America's guerrillas, cartels and gangs,
Europe), each with the names news uses for it and the actor code dyad
should give: a CAMEO country (or IMG for a transnational militant group)
and the roles any one of which is right (A = REB, INS, SEP or UAF; CRM for
cartels and gangs; MIL for state forces and their auxiliaries; GOV or OPP
where a group holds or contests power as a party or a government).

The check runs the dyad binary itself (`dyad actors`), not a reading of the
lexicon files, so tokenization, case rules, homonym rules and dated codes
all count: each name of each group goes into one invented sentence,
"Officials said that <name> claimed responsibility for the attack.", dated
at the group's check date (2022-06-01 unless the checklist gives dates: a
group that changed role, such as the Taliban, HTS or the RSF, is checked on
a day of each period). The longest actor mention over the name must carry
the expected country and one of the expected roles.

Prints the share of groups right under every name on every date, the share
of (name, date) checks right, and each failure with the code dyad gave.

Usage: scripts/group_coverage.py [--dyad BIN] [-v]   (from the repository
root; BIN defaults to $DYAD, else build/dyad; the data read is this
repository's, via --data .; -v also lists the groups that pass)
"""
import json, os, signal, subprocess, sys, tempfile
signal.signal(signal.SIGPIPE, signal.SIG_DFL)

A = 'REB,INS,SEP,UAF'
DEFAULT_DATE = '2022-06-01'
# (region, group, expectation, names). An expectation is 'CTY ROLES' (CTY a
# CAMEO country code, ROLES comma-separated, A as above), 'IMG', or a dict
# {date: 'CTY ROLES'} for a group whose role changed.
CHECKLIST = [
 # ---------------------------------------------------------------- Middle East
 ('Middle East', 'Hamas', 'PSE '+A, ['Hamas']),
 ('Middle East', 'Qassam Brigades', 'PSE '+A, ['Izz ad-Din al-Qassam Brigades', 'al-Qassam Brigades', 'Qassam Brigades']),
 ('Middle East', 'Palestinian Islamic Jihad', 'PSE '+A, ['Palestinian Islamic Jihad', 'Islamic Jihad', 'PIJ', 'Al-Quds Brigades', 'Saraya al-Quds']),
 ('Middle East', "Al-Aqsa Martyrs' Brigades", 'PSE '+A, ["Al-Aqsa Martyrs' Brigades", 'al-Aqsa Martyrs Brigades']),
 ('Middle East', 'PFLP', 'PSE '+A, ['Popular Front for the Liberation of Palestine', 'PFLP']),
 ('Middle East', 'Fatah', 'PSE GOV,OPP', ['Fatah']),
 ('Middle East', 'Hezbollah', 'LBN '+A, ['Hezbollah', 'Hizbollah', 'Hizballah', 'Hizbullah']),
 ('Middle East', 'Fatah al-Islam', 'LBN '+A, ['Fatah al-Islam']),
 ('Middle East', 'Houthis', 'YEM '+A, ['Houthis', 'Houthi rebels', 'Ansar Allah', 'Ansarullah']),
 ('Middle East', 'Southern Transitional Council', 'YEM '+A, ['Southern Transitional Council', 'STC']),
 ('Middle East', 'al-Qaeda', 'IMG', ['al-Qaeda', 'al-Qaida', 'al Qaeda']),
 ('Middle East', 'AQAP', 'IMG', ['al-Qaeda in the Arabian Peninsula', 'AQAP']),
 ('Middle East', 'Islamic State', 'IMG', ['Islamic State', 'ISIS', 'ISIL', 'Daesh', 'Islamic State group', 'IS']),
 ('Middle East', 'al-Qaeda in Iraq', 'IMG', ['al-Qaeda in Iraq', 'Islamic State of Iraq']),
 ('Middle East', 'Nusra Front', 'SYR '+A, ['al-Nusra Front', 'Nusra Front', 'Jabhat al-Nusra', 'Jabhat Fateh al-Sham']),
 ('Middle East', 'Hayat Tahrir al-Sham', {'2020-06-01': 'SYR '+A, '2025-03-01': 'SYR GOV'}, ['Hayat Tahrir al-Sham', "Hay'at Tahrir al-Sham", 'HTS']),
 ('Middle East', 'Free Syrian Army', 'SYR '+A, ['Free Syrian Army']),
 ('Middle East', 'Syrian National Army', 'SYR '+A, ['Syrian National Army', 'Turkish-backed Syrian National Army']),
 ('Middle East', 'Syrian Democratic Forces', 'SYR '+A, ['Syrian Democratic Forces', 'SDF']),
 ('Middle East', 'YPG', 'SYR '+A, ['YPG', "People's Protection Units"]),
 ('Middle East', 'Ahrar al-Sham', 'SYR '+A, ['Ahrar al-Sham']),
 ('Middle East', 'Jaish al-Islam', 'SYR '+A, ['Jaish al-Islam', 'Jaysh al-Islam']),
 ('Middle East', 'Hurras al-Din', 'SYR '+A, ['Hurras al-Din', 'Hurras al-Deen']),
 ('Middle East', 'Kataib Hezbollah', 'IRQ '+A, ['Kataib Hezbollah', "Kata'ib Hezbollah"]),
 ('Middle East', 'Asaib Ahl al-Haq', 'IRQ '+A, ['Asaib Ahl al-Haq', "Asa'ib Ahl al-Haq"]),
 ('Middle East', 'Harakat al-Nujaba', 'IRQ '+A, ['Harakat Hezbollah al-Nujaba', 'Harakat al-Nujaba']),
 ('Middle East', 'Kataib Sayyid al-Shuhada', 'IRQ '+A, ['Kataib Sayyid al-Shuhada']),
 ('Middle East', 'Islamic Resistance in Iraq', 'IRQ '+A, ['Islamic Resistance in Iraq']),
 ('Middle East', 'Badr Organization', 'IRQ MIL,'+A, ['Badr Organization', 'Badr Brigade']),
 ('Middle East', 'Popular Mobilization Forces', 'IRQ MIL', ['Popular Mobilization Forces', 'PMF', 'Hashd al-Shaabi']),
 ('Middle East', 'Mahdi Army', 'IRQ '+A, ['Mahdi Army', 'Jaish al-Mahdi', 'Saraya al-Salam']),
 ('Middle East', 'Sons of Iraq', 'IRQ '+A, ['Sons of Iraq', 'Awakening Councils']),
 ('Middle East', 'Peshmerga', 'IRQ MIL', ['Peshmerga', 'Kurdish Peshmerga']),
 ('Middle East', 'PJAK', 'IRN '+A, ['PJAK', 'Party of Free Life of Kurdistan']),
 ('Middle East', 'Jaish al-Adl', 'IRN '+A, ['Jaish al-Adl']),
 ('Middle East', 'Mujahedin-e Khalq', 'IRN OPP,'+A, ['Mujahedin-e Khalq', 'MEK', "People's Mujahedin Organization of Iran"]),
 ('Middle East', 'Sinai Province', 'IMG', ['Islamic State Sinai Province', 'Ansar Beit al-Maqdis', 'Wilayat Sinai']),
 ('Middle East', 'Libyan National Army', 'LBY MIL', ['Libyan National Army', 'LNA']),
 # ---------------------------------------------------------------- Sahel, Lake Chad, West Africa
 ('Sahel and Lake Chad', 'Boko Haram', 'NGA '+A, ['Boko Haram']),
 ('Sahel and Lake Chad', 'ISWAP', 'IMG', ['Islamic State West Africa Province', 'ISWAP']),
 ('Sahel and Lake Chad', 'Ansaru', 'NGA '+A, ['Ansaru']),
 ('Sahel and Lake Chad', 'JNIM', 'IMG', ['JNIM', "Jama'at Nusrat al-Islam wal-Muslimin", 'Group for the Support of Islam and Muslims']),
 ('Sahel and Lake Chad', 'Islamic State Sahel', 'IMG', ['Islamic State Sahel Province', 'Islamic State in the Greater Sahara', 'ISGS']),
 ('Sahel and Lake Chad', 'AQIM', 'IMG', ['al-Qaeda in the Islamic Maghreb', 'AQIM']),
 ('Sahel and Lake Chad', 'Ansar Dine', 'MLI '+A, ['Ansar Dine']),
 ('Sahel and Lake Chad', 'MUJAO', 'IMG', ['Movement for Oneness and Jihad in West Africa', 'MUJAO']),
 ('Sahel and Lake Chad', 'al-Mourabitoun', 'IMG', ['al-Mourabitoun']),
 ('Sahel and Lake Chad', 'Katiba Macina', 'MLI '+A, ['Katiba Macina', 'Macina Liberation Front']),
 ('Sahel and Lake Chad', 'Ansarul Islam', 'BFA '+A, ['Ansarul Islam']),
 ('Sahel and Lake Chad', 'MNLA', 'MLI '+A, ['National Movement for the Liberation of Azawad', 'MNLA']),
 ('Sahel and Lake Chad', 'Azawad coalition', 'MLI '+A, ['Coordination of Azawad Movements', 'Azawad Liberation Front']),
 ('Sahel and Lake Chad', 'VDP', 'BFA MIL', ['Volunteers for the Defence of the Homeland', 'VDP']),
 ('Sahel and Lake Chad', 'Dan Na Ambassagou', 'MLI '+A, ['Dan Na Ambassagou']),
 ('Sahel and Lake Chad', 'FACT', 'TCD '+A, ['Front for Change and Concord in Chad']),
 ('Sahel and Lake Chad', 'IPOB', 'NGA '+A, ['Indigenous People of Biafra', 'IPOB']),
 ('Sahel and Lake Chad', 'Eastern Security Network', 'NGA '+A, ['Eastern Security Network']),
 ('Sahel and Lake Chad', 'MEND', 'NGA '+A, ['Movement for the Emancipation of the Niger Delta']),
 ('Sahel and Lake Chad', 'Niger Delta Avengers', 'NGA '+A, ['Niger Delta Avengers']),
 ('Sahel and Lake Chad', 'Ambazonian separatists', 'CMR '+A, ['Ambazonia Defence Forces', 'Ambazonian separatists']),
 ('Sahel and Lake Chad', 'Polisario Front', 'ESH '+A, ['Polisario Front', 'Polisario']),
 # ---------------------------------------------------------------- Horn of Africa, Sudan
 ('Horn and Sudan', 'al-Shabab', 'SOM '+A, ['al-Shabab', 'al-Shabaab', 'Harakat al-Shabaab al-Mujahideen']),
 ('Horn and Sudan', 'Islamic State Somalia', 'IMG', ['Islamic State Somalia']),
 ('Horn and Sudan', 'TPLF', {'2021-06-01': 'ETH '+A}, ["Tigray People's Liberation Front", 'TPLF']),
 ('Horn and Sudan', 'Tigray Defence Forces', 'ETH '+A, ['Tigray Defense Forces', 'Tigray Defence Forces']),
 ('Horn and Sudan', 'Fano', 'ETH '+A, ['Fano militia', 'Fano fighters']),
 ('Horn and Sudan', 'Oromo Liberation Army', 'ETH '+A, ['Oromo Liberation Army', 'OLA']),
 ('Horn and Sudan', 'Oromo Liberation Front', {'2015-06-01': 'ETH '+A, '2020-06-01': 'ETH OPP'}, ['Oromo Liberation Front', 'OLF']),
 ('Horn and Sudan', 'ONLF', {'2015-06-01': 'ETH '+A, '2020-06-01': 'ETH OPP'}, ['Ogaden National Liberation Front', 'ONLF']),
 ('Horn and Sudan', 'Rapid Support Forces', {'2020-06-01': 'SDN MIL', '2024-06-01': 'SDN '+A}, ['Rapid Support Forces', 'RSF fighters']),
 ('Horn and Sudan', 'Janjaweed', 'SDN '+A, ['Janjaweed']),
 ('Horn and Sudan', 'Justice and Equality Movement', 'SDN '+A, ['Justice and Equality Movement']),
 ('Horn and Sudan', 'Sudan Liberation Army', 'SDN '+A, ['Sudan Liberation Army', 'Sudan Liberation Movement', 'SLA-AW']),
 ('Horn and Sudan', 'SPLM-N', 'SDN '+A, ['SPLM-N', "Sudan People's Liberation Movement-North"]),
 ('Horn and Sudan', 'SPLM-IO', 'SSD '+A, ['SPLM-IO', "Sudan People's Liberation Movement-in-Opposition"]),
 ('Horn and Sudan', 'White Army', 'SSD '+A, ['Nuer White Army']),
 ("Horn and Sudan", "Lord's Resistance Army", 'UGA '+A, ["Lord's Resistance Army", 'LRA']),
 # ---------------------------------------------------------------- Central and southern Africa
 ('Central Africa', 'M23', 'COD '+A, ['M23', 'March 23 Movement', 'Congo River Alliance']),
 ('Central Africa', 'Allied Democratic Forces', 'COD '+A, ['Allied Democratic Forces', 'ADF']),
 ('Central Africa', 'Islamic State Central Africa Province', 'IMG', ['Islamic State Central Africa Province', 'ISCAP', 'Islamic State Mozambique Province']),
 ('Central Africa', 'CODECO', 'COD '+A, ['CODECO']),
 ('Central Africa', 'FDLR', 'RWA '+A, ['FDLR', 'Democratic Forces for the Liberation of Rwanda']),
 ('Central Africa', 'CNDP', 'COD '+A, ['National Congress for the Defence of the People', 'CNDP']),
 ('Central Africa', 'Mai-Mai', 'COD '+A, ['Mai-Mai', 'Mai-Mai militia']),
 ('Central Africa', 'Wazalendo', 'COD MIL,'+A, ['Wazalendo']),
 ('Central Africa', 'Seleka', {'2013-06-01': 'CAF GOV', '2016-06-01': 'CAF '+A}, ['Seleka']),
 ('Central Africa', 'anti-balaka', 'CAF '+A, ['anti-balaka']),
 ('Central Africa', 'Coalition of Patriots for Change', 'CAF '+A, ['Coalition of Patriots for Change']),
 ('Central Africa', 'RED-Tabara', 'BDI '+A, ['RED-Tabara']),
 ('Central Africa', 'Renamo', 'MOZ OPP,'+A, ['Renamo']),
 # ---------------------------------------------------------------- South Asia
 ('South Asia', 'Taliban', {'2015-06-01': 'AFG '+A, '2023-06-01': 'AFG GOV'}, ['Taliban']),
 ('South Asia', 'Haqqani network', 'AFG '+A, ['Haqqani network']),
 ('South Asia', 'ISKP', 'IMG', ['Islamic State Khorasan Province', 'ISIS-K', 'ISKP']),
 ('South Asia', 'National Resistance Front', 'AFG '+A, ['National Resistance Front']),
 ('South Asia', 'Northern Alliance', {'2001-10-01': 'AFG '+A}, ['Northern Alliance']),
 ('South Asia', 'Pakistani Taliban', 'PAK '+A, ['Tehrik-i-Taliban Pakistan', 'Tehreek-e-Taliban Pakistan', 'Pakistani Taliban', 'TTP']),
 ('South Asia', 'Baloch Liberation Army', 'PAK '+A, ['Baloch Liberation Army', 'Balochistan Liberation Army', 'BLA']),
 ('South Asia', 'Balochistan Liberation Front', 'PAK '+A, ['Balochistan Liberation Front', 'BLF']),
 ('South Asia', 'Lashkar-e-Jhangvi', 'PAK '+A, ['Lashkar-e-Jhangvi', 'LeJ']),
 ('South Asia', 'Jamaat-ul-Ahrar', 'PAK '+A, ['Jamaat-ul-Ahrar']),
 ('South Asia', 'Lashkar-e-Taiba', 'IMG', ['Lashkar-e-Taiba', 'Lashkar-e-Toiba', 'LeT']),
 ('South Asia', 'Jaish-e-Mohammed', 'IMG', ['Jaish-e-Mohammed', 'JeM']),
 ('South Asia', 'Hizbul Mujahideen', 'IND '+A, ['Hizbul Mujahideen', 'Hizb-ul-Mujahideen']),
 ('South Asia', 'The Resistance Front', 'IND '+A, ['The Resistance Front', 'TRF']),
 ('South Asia', 'AQIS', 'IMG', ['al-Qaeda in the Indian Subcontinent', 'AQIS']),
 ('South Asia', 'Naxalites', 'IND '+A, ['Naxalites', 'Communist Party of India (Maoist)']),
 ('South Asia', 'ULFA', 'IND '+A, ['United Liberation Front of Asom', 'ULFA']),
 ('South Asia', 'NSCN', 'IND '+A, ['National Socialist Council of Nagaland', 'NSCN-IM']),
 ('South Asia', 'Tamil Tigers', 'LKA '+A, ['Liberation Tigers of Tamil Eelam', 'Tamil Tigers', 'LTTE']),
 ('South Asia', 'Jamaat-ul-Mujahideen Bangladesh', 'BGD '+A, ['Jamaat-ul-Mujahideen Bangladesh', 'JMB']),
 # ---------------------------------------------------------------- South-East Asia
 ('South-East Asia', 'Arakan Army', 'MMR '+A, ['Arakan Army']),
 ('South-East Asia', "People's Defence Force", 'MMR '+A, ["People's Defence Force", "People's Defense Forces"]),
 ('South-East Asia', 'Kachin Independence Army', 'MMR '+A, ['Kachin Independence Army', 'KIA rebels', 'KIO']),
 ('South-East Asia', 'Karen National Union', 'MMR '+A, ['Karen National Union', 'Karen National Liberation Army', 'KNU']),
 ('South-East Asia', 'MNDAA', 'MMR '+A, ['Myanmar National Democratic Alliance Army', 'MNDAA']),
 ('South-East Asia', "Ta'ang National Liberation Army", 'MMR '+A, ["Ta'ang National Liberation Army", 'TNLA']),
 ('South-East Asia', 'United Wa State Army', 'MMR '+A, ['United Wa State Army', 'UWSA']),
 ('South-East Asia', 'Three Brotherhood Alliance', 'MMR '+A, ['Three Brotherhood Alliance']),
 ('South-East Asia', 'ARSA', 'MMR '+A, ['Arakan Rohingya Salvation Army', 'ARSA']),
 ('South-East Asia', 'Abu Sayyaf', 'PHL '+A, ['Abu Sayyaf', 'Abu Sayyaf Group']),
 ('South-East Asia', 'MILF', 'PHL '+A, ['Moro Islamic Liberation Front', 'MILF']),
 ('South-East Asia', 'MNLF', 'PHL '+A, ['Moro National Liberation Front', 'MNLF']),
 ('South-East Asia', "New People's Army", 'PHL '+A, ["New People's Army", 'CPP-NPA']),
 ('South-East Asia', 'Maute group', 'PHL '+A, ['Maute group']),
 ('South-East Asia', 'BIFF', 'PHL '+A, ['Bangsamoro Islamic Freedom Fighters', 'BIFF']),
 ('South-East Asia', 'Jemaah Islamiyah', 'IMG', ['Jemaah Islamiyah']),
 ('South-East Asia', 'Jamaah Ansharut Daulah', 'IDN '+A, ['Jamaah Ansharut Daulah']),
 ('South-East Asia', 'Free Aceh Movement', 'IDN '+A, ['Free Aceh Movement', 'GAM']),
 ('South-East Asia', 'Free Papua Movement', 'IDN '+A, ['Free Papua Movement', 'West Papua National Liberation Army']),
 ('South-East Asia', 'Barisan Revolusi Nasional', 'THA '+A, ['Barisan Revolusi Nasional', 'BRN']),
 # ---------------------------------------------------------------- Ukraine, Russia, Caucasus
 ('Ukraine, Russia, Caucasus', 'Wagner Group', 'RUS '+A, ['Wagner Group', 'Wagner', 'Wagner mercenaries']),
 ('Ukraine, Russia, Caucasus', 'Africa Corps', 'RUS MIL', ['Africa Corps']),
 ('Ukraine, Russia, Caucasus', 'Azov', 'UKR MIL', ['Azov', 'Azov Regiment', 'Azov Battalion', 'Azov Brigade']),
 ('Ukraine, Russia, Caucasus', "Donetsk People's Republic", 'UKR SEP', ["Donetsk People's Republic"]),
 ('Ukraine, Russia, Caucasus', "Luhansk People's Republic", 'UKR SEP', ["Luhansk People's Republic", "Lugansk People's Republic"]),
 ('Ukraine, Russia, Caucasus', 'Russian Volunteer Corps', 'RUS '+A, ['Russian Volunteer Corps']),
 ('Ukraine, Russia, Caucasus', 'Freedom of Russia Legion', 'RUS '+A, ['Freedom of Russia Legion']),
 ('Ukraine, Russia, Caucasus', 'Caucasus Emirate', 'RUS '+A, ['Caucasus Emirate']),
 ('Ukraine, Russia, Caucasus', 'Nagorno-Karabakh Defence Army', 'AZE '+A, ['Artsakh Defence Army', 'Nagorno-Karabakh Defense Army']),
 # ---------------------------------------------------------------- Europe
 ('Europe', 'PKK', 'TUR '+A, ['PKK', "Kurdistan Workers' Party"]),
 ('Europe', 'DHKP-C', 'TUR '+A, ['DHKP-C']),
 ('Europe', 'ETA', 'ESP '+A, ['Basque separatist group ETA', 'ETA militants', 'Euskadi Ta Askatasuna']),
 ('Europe', 'Provisional IRA', 'GBR '+A, ['Irish Republican Army', 'Provisional IRA']),
 ('Europe', 'Real IRA', 'GBR '+A, ['Real IRA']),
 ('Europe', 'Continuity IRA', 'GBR '+A, ['Continuity IRA']),
 ('Europe', 'New IRA', 'GBR '+A, ['the New IRA', 'New IRA militants']),
 ('Europe', 'Ulster Volunteer Force', 'GBR '+A, ['Ulster Volunteer Force', 'UVF']),
 ('Europe', 'Ulster Defence Association', 'GBR '+A, ['Ulster Defence Association']),
 # ---------------------------------------------------------------- Latin America
 ('Latin America', 'FARC', 'COL '+A, ['Revolutionary Armed Forces of Colombia', 'FARC']),
 ('Latin America', 'FARC dissidents', 'COL '+A, ['FARC dissidents']),
 ('Latin America', 'Estado Mayor Central', 'COL '+A, ['Estado Mayor Central']),
 ('Latin America', 'Segunda Marquetalia', 'COL '+A, ['Segunda Marquetalia']),
 ('Latin America', 'ELN', 'COL '+A, ['ELN', 'National Liberation Army of Colombia']),
 ('Latin America', 'Clan del Golfo', 'COL CRM', ['Clan del Golfo', 'Gulf Clan', 'Urabenos']),
 ('Latin America', 'AUC', 'COL '+A, ['United Self-Defense Forces of Colombia', 'AUC']),
 ('Latin America', 'Shining Path', 'PER '+A, ['Shining Path', 'Sendero Luminoso']),
 ('Latin America', 'Zapatistas', 'MEX '+A, ['Zapatista Army of National Liberation', 'EZLN']),
 ('Latin America', 'Sinaloa Cartel', 'MEX CRM', ['Sinaloa cartel', 'Sinaloa Cartel', 'Los Chapitos']),
 ('Latin America', 'Jalisco New Generation Cartel', 'MEX CRM', ['Jalisco New Generation Cartel', 'CJNG', 'Jalisco cartel']),
 ('Latin America', 'Gulf Cartel', 'MEX CRM', ['Gulf Cartel', 'Gulf cartel']),
 ('Latin America', 'Los Zetas', 'MEX CRM', ['Los Zetas', 'Zetas']),
 ('Latin America', 'Juarez Cartel', 'MEX CRM', ['Juarez cartel', 'Juárez cartel']),
 ('Latin America', 'Beltran Leyva Organization', 'MEX CRM', ['Beltran Leyva Organization', 'Beltrán-Leyva cartel']),
 ('Latin America', 'La Familia Michoacana', 'MEX CRM', ['La Familia Michoacana']),
 ('Latin America', 'Knights Templar cartel', 'MEX CRM', ['Knights Templar cartel']),
 ('Latin America', 'Tijuana Cartel', 'MEX CRM', ['Tijuana cartel', 'Arellano Felix Organization']),
 ('Latin America', 'Tren de Aragua', 'VEN CRM', ['Tren de Aragua']),
 ('Latin America', 'Cartel de los Soles', 'VEN CRM', ['Cartel de los Soles', 'Cartel of the Suns']),
 ('Latin America', 'MS-13', 'SLV CRM', ['MS-13', 'Mara Salvatrucha']),
 ('Latin America', 'Barrio 18', 'SLV CRM', ['Barrio 18', '18th Street gang']),
 ('Latin America', 'Viv Ansanm', 'HTI CRM', ['Viv Ansanm']),
 ('Latin America', 'G9', 'HTI CRM', ['G9', 'G9 Family and Allies']),
 ('Latin America', 'G-Pep', 'HTI CRM', ['G-Pep']),
 ('Latin America', '400 Mawozo', 'HTI CRM', ['400 Mawozo']),
 ('Latin America', 'Los Choneros', 'ECU CRM', ['Los Choneros']),
 ('Latin America', 'Los Lobos', 'ECU CRM', ['Los Lobos gang']),
 ('Latin America', 'First Capital Command', 'BRA CRM', ['First Capital Command', 'Primeiro Comando da Capital']),
 ('Latin America', 'Comando Vermelho', 'BRA CRM', ['Comando Vermelho', 'Red Command']),
]
PREFIX = 'Officials said that '
SUFFIX = ' claimed responsibility for the attack.'


def parse(exp):
    """'CTY ROLES' or 'IMG' -> (country prefix, set of roles or None)."""
    if exp == 'IMG': return 'IMG', None
    cty, roles = exp.split()
    return cty, set(roles.split(','))


def main():
    args = sys.argv[1:]
    verbose = '-v' in args
    dyad = os.environ.get('DYAD', 'build/dyad')
    if '--dyad' in args: dyad = args[args.index('--dyad') + 1]
    checks = []  # (group index, name, date, expectation)
    for gi, (_, _, exp, names) in enumerate(CHECKLIST):
        dated = exp if isinstance(exp, dict) else {DEFAULT_DATE: exp}
        for date, e in dated.items():
            for name in names: checks.append((gi, name, date, e))
    with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False) as f:
        for i, (_, name, date, _) in enumerate(checks):
            f.write(json.dumps({'id': str(i), 'date': date, 'text': PREFIX + name + SUFFIX}) + '\n')
        path = f.name
    try:
        out = subprocess.run([dyad, '--data', '.', 'actors', path], capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(path)
    mentions = {}
    for line in out.splitlines():
        m = json.loads(line); mentions.setdefault(m['doc'], []).append(m)
    ok_group = [True] * len(CHECKLIST); fails = {}; right = 0
    for i, (gi, name, date, e) in enumerate(checks):
        lo = len(PREFIX.encode()); hi = lo + len(name.encode())
        over = [m for m in mentions.get(str(i), []) if m['begin'] < hi and m['end'] > lo]
        best = max(over, key=lambda m: m['end'] - m['begin'], default=None)
        cty, roles = parse(e)
        good = best is not None and best['code'].startswith(cty) and (roles is None or bool(roles & set(best['sectors'])))
        right += good
        if not good:
            ok_group[gi] = False
            got = f"{best['code']} ({best['text']})" if best else 'nothing'
            fails.setdefault(gi, []).append(f'{name} @{date}: want {e}, got {got}')
    region = None
    for gi, (reg, group, _, _) in enumerate(CHECKLIST):
        if not ok_group[gi] or verbose:
            if reg != region: print(f'# {reg}'); region = reg
            print(f"  {'ok  ' if ok_group[gi] else 'MISS'} {group}")
            for f in fails.get(gi, []): print(f'         {f}')
    n = sum(ok_group)
    print(f'groups right under every name and date: {n}/{len(CHECKLIST)} = {n/len(CHECKLIST):.3f}')
    print(f'(name, date) checks right: {right}/{len(checks)} = {right/len(checks):.3f}')


if __name__ == '__main__':
    main()

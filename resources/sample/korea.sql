-- SPDX-License-Identifier: CC-BY-SA-4.0
-- Sample atlas: "Korea and the great powers, 1945–2025".
--
-- Loaded by Annals inside one transaction into a freshly created atlas of
-- schema v1 (models/schema/v1.sql). INSERT statements only.
--
-- Conventions used here:
-- * Every time is the FIRST second (UTC) of its period, written as
--   strftime('%s', 'YYYY-MM-DD') with the matching precision key. Something
--   known only to the month starts on day 01 with 'month'; known to the year,
--   on 01-01 with 'year'. An end is also the start of its own period.
-- * Single-day events have a NULL end; relations still in force have a NULL end.
-- * *_approx = 1 marks a date that is approximate or disputed.
-- * Every event, actor, actor name, relation, era, series, series point and
--   tour has at least one row in citations (at the end of the file).
-- * Descriptions are our own words, written for readers aged about 14–18.
--   Where sources disagree, the description says so.
--
-- Id blocks: actors 1–20 people, 21–27 states, 28–34 organisations/groups.

-- =====================================================================
-- Meta
-- =====================================================================
INSERT INTO meta (key, value) VALUES ('title', 'Korea and the great powers, 1945–2025');
INSERT INTO meta (key, value) VALUES ('description', 'How the two Korean states were shaped by the great powers, from Japan''s surrender in 1945 to the Beijing military parade of September 2025: the division of the peninsula, the Korean War, the Cold War treaties, the Sino-Soviet split, North Korea''s nuclear programme and the sanctions against it, the summits of 2018–2019 and the new alignment between Pyongyang and Moscow. The facts come from the sources cited for each item; the wording is the contributors'' own.');
INSERT INTO meta (key, value) VALUES ('author', 'Annals contributors');
INSERT INTO meta (key, value) VALUES ('licence', 'CC BY-SA 4.0');
INSERT INTO meta (key, value) VALUES ('language', 'en');

-- =====================================================================
-- Sources
-- =====================================================================
-- Reference works: general history
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (1, 'Korean War', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Korean_War', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (2, 'Division of Korea', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Division_of_Korea', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (3, 'Surrender of Japan', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Surrender_of_Japan', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (4, 'Korean War', '', 'Encyclopaedia Britannica', 'https://www.britannica.com/event/Korean-War', '', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (5, 'Korean Armistice Agreement', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Korean_Armistice_Agreement', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (6, 'Mutual Defense Treaty (United States–South Korea)', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Mutual_Defense_Treaty_(United_States%E2%80%93South_Korea)', 'CC BY-SA 4.0', '', 'The infobox gives 18 November 1954 as the date the treaty took effect; the US treaty record dates the exchange of ratifications in Washington to 17 November 1954.');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (7, 'Treaty on Friendship, Cooperation and Mutual Assistance between China and North Korea', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Treaty_on_Friendship,_Cooperation_and_Mutual_Assistance_between_China_and_North_Korea', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (8, 'Treaty of friendship, co-operation and mutual assistance between the USSR and the DPRK, signed at Moscow, 6 July 1961 (United Nations Treaty Series, No. 6045)', '', 'United Nations (Treaty Series), copy hosted by DocumentCloud', '1962', 'https://assets.documentcloud.org/documents/3005971/1961-Treaty-of-Friendship-Cooperation-and-Mutual.txt', '', '', 'Text of the treaty as registered with the UN on 23 January 1962.');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (9, 'Sino-Soviet split', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Sino-Soviet_split', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (10, 'Report by Qiao Xiaoguang on a Conversation with Kim Il Sung (21 September 1959)', '', 'Wilson Center Digital Archive', '', '', '', '', 'Chinese ambassador''s report that Kim Il-sung, about to travel to Beijing for the tenth-anniversary celebrations, wished to meet Mao Zedong and Liu Shaoqi. Found in the Wilson Center Digital Archive; exact document address not recorded.');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (11, 'Nikita Khrushchev', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Nikita_Khrushchev', 'CC BY-SA 4.0', '', '');
-- People
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (12, 'Kim Il Sung', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Kim_Il_Sung', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (13, 'Kim Jong Il', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Kim_Jong_Il', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (14, 'Kim Jong Un', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Kim_Jong_Un', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (15, 'Kim Yo Jong', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Kim_Yo_Jong', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (16, 'Kim Ju Ae', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Kim_Ju_Ae', 'CC BY-SA 4.0', '', 'Gives her birth as c. 2012–2013.');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (17, 'Mao Zedong', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Mao_Zedong', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (18, 'Xi Jinping', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Xi_Jinping', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (19, 'Joseph Stalin', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Joseph_Stalin', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (20, 'Vladimir Putin', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Vladimir_Putin', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (21, 'Donald Trump', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Donald_Trump', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (22, 'Moon Jae-in', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Moon_Jae-in', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (23, 'Syngman Rhee', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Syngman_Rhee', 'CC BY-SA 4.0', '', '');
-- States and organisations
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (24, 'North Korea', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/North_Korea', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (25, 'South Korea', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/South_Korea', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (26, 'China', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/China', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (27, 'Soviet Union', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Soviet_Union', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (28, 'Russia', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Russia', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (29, 'Dissolution of the Soviet Union', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Dissolution_of_the_Soviet_Union', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (30, 'United States', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/United_States', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (31, 'Japan', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Japan', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (32, 'United Nations Security Council', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/United_Nations_Security_Council', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (33, 'United Nations Command', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/United_Nations_Command', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (34, 'International Atomic Energy Agency', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/International_Atomic_Energy_Agency', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (35, 'Workers'' Party of Korea', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Workers%27_Party_of_Korea', 'CC BY-SA 4.0', '', '');
-- Nuclear diplomacy
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (36, 'Agreed Framework', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Agreed_Framework', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (37, 'Six-party talks', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Six-party_talks', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (38, 'North Korea and weapons of mass destruction', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/North_Korea_and_weapons_of_mass_destruction', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (39, '2006 North Korean nuclear test', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/2006_North_Korean_nuclear_test', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (40, 'Security Council condemns nuclear test by Democratic People''s Republic of Korea, unanimously adopting resolution 1718 (2006) (SC/8853)', '', 'United Nations, Meetings Coverage and Press Releases', '2006-10-14', 'https://press.un.org/en/2006/sc8853.doc.htm', '', '', '');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (41, 'Security Council resolution 1874 (2009), S/RES/1874(2009)', '', 'United Nations Security Council', '2009-06-12', 'https://undocs.org/S/RES/1874(2009)', '', '', 'Adopted unanimously; paragraph 26 created the Panel of Experts.');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (42, 'Security Council resolution 2270 (2016), S/RES/2270(2016)', '', 'United Nations Security Council', '2016-03-02', 'https://undocs.org/S/RES/2270(2016)', '', '', 'Adopted unanimously.');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (43, 'Security Council resolution 2321 (2016), S/RES/2321(2016)', '', 'United Nations Security Council', '2016-11-30', 'https://undocs.org/S/RES/2321(2016)', '', '', 'Adopted unanimously.');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (44, 'Security Council resolution 2371 (2017), S/RES/2371(2017)', '', 'United Nations Security Council', '2017-08-05', 'https://undocs.org/S/RES/2371(2017)', '', '', 'Adopted unanimously.');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (45, 'Security Council resolution 2375 (2017), S/RES/2375(2017)', '', 'United Nations Security Council', '2017-09-11', 'https://undocs.org/S/RES/2375(2017)', '', '', 'Adopted unanimously.');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (46, 'Security Council resolution 2397 (2017), S/RES/2397(2017)', '', 'United Nations Security Council', '2017-12-22', 'https://undocs.org/S/RES/2397(2017)', '', '', 'Adopted unanimously.');
-- Succession and summits
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (47, 'Death and state funeral of Kim Jong Il', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Death_and_state_funeral_of_Kim_Jong_Il', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (48, 'Kim Jong-un named N Korea ''supreme commander''', '', 'Al Jazeera', '2011-12-31', 'http://www.aljazeera.com/news/asia-pacific/2011/12/2011123144533153779.html', '', '', 'Reports KCNA: the Politburo meeting of Friday 30 December 2011 proclaimed him Supreme Commander of the Korean People''s Army.');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (49, '2018 North Korea–United States Singapore Summit', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/2018_North_Korea%E2%80%93United_States_Singapore_Summit', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (50, '2019 North Korea–United States Hanoi Summit', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/2019_North_Korea%E2%80%93United_States_Hanoi_Summit', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (51, 'April 2018 inter-Korean summit', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/April_2018_inter-Korean_summit', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (52, '2019 Koreas–United States DMZ Summit', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/2019_Koreas%E2%80%93United_States_DMZ_Summit', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (53, 'September 2018 inter-Korean summit', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/September_2018_inter-Korean_summit', 'CC BY-SA 4.0', '', '');
-- Bilateral relations
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (54, 'North Korea–Russia relations', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/North_Korea%E2%80%93Russia_relations', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (55, 'China–North Korea relations', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/China%E2%80%93North_Korea_relations', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (56, 'North Korea–United States relations', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/North_Korea%E2%80%93United_States_relations', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (57, 'North Korea–South Korea relations', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/North_Korea%E2%80%93South_Korea_relations', 'CC BY-SA 4.0', '', '');
-- 2024–2025
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (58, 'Security Council Fails to Extend Mandate for Expert Panel Assisting Sanctions Committee on Democratic People''s Republic of Korea (SC/15648)', '', 'United Nations, Meetings Coverage and Press Releases', '2024-03-28', 'https://press.un.org/en/2024/sc15648.doc.htm', '', '', 'Vote: 13 in favour, Russian Federation against (veto), China abstaining.');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (59, 'Russia-DPRK strategic partnership treaty enters into force', '', 'TASS', '2024-12-05', 'https://tass.com/world/1882445', '', '', 'Ratification instruments exchanged in Moscow on 4 December 2024; the treaty replaced the 2000 treaty of friendship.');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (60, 'North Korea confirms it sent troops to fight for Russia', '', 'Politico Europe', '2025-04-28', 'https://www.politico.eu/article/north-korea-sent-troops-fight-russia-ukraine/', '', '', '');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (61, 'Annual Threat Assessment of the U.S. Intelligence Community (unclassified), March 2025', 'Office of the Director of National Intelligence', 'Office of the Director of National Intelligence (United States)', '2025-03-25', 'https://www.dni.gov/files/ODNI/documents/assessments/ATA-2025-Unclassified-Report.pdf', 'Public domain (US government work)', '', 'Section on North Korea.');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (62, 'North Korean leader has ''no intention'' of negotiating away nuclear weapons: US report', '', 'Radio Free Asia', '2025-03-26', 'https://rfa.org/english/korea/2025/03/26/north-korea-us-report-nuclear-weapon', '', '', 'Quotes the 2025 Annual Threat Assessment.');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (63, '2025 China Victory Day Parade', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/2025_China_Victory_Day_Parade', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (64, 'Putin, Kim Jong Un attend China''s military parade', '', 'The Kyiv Independent', '2025-09-03', 'https://kyivindependent.com/putin-kim-jong-un-attend-chinas-military-parade/', '', '', 'Parade marked the 80th anniversary of Japan''s surrender and the end of the Second World War.');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (65, 'What we learned about North Korea at the summit in Beijing', 'Jim Hoare', 'The Conversation', '2025-09', '', '', '', 'Seed article for this atlas. Its address could not be confirmed, so none is given. It calls the 2025 Beijing commemoration the "85th anniversary" of Japan''s surrender; that is an error: 1945 + 80 = 2025, and the event was officially the 80th anniversary.');
-- Warhead estimates
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (66, 'SIPRI Yearbook 2018, chapter "World nuclear forces": North Korean nuclear forces', 'Shannon N. Kile and Hans M. Kristensen', 'Stockholm International Peace Research Institute / Oxford University Press', '2018-06', 'https://www.sipriyearbook.org/view/9780198821557/sipri-9780198821557-chapter-6-div1-038.xml', '', '', 'Estimate as of January 2018. Section IX, "North Korea''s military nuclear capabilities", of chapter 6: North Korea may have produced 10–20 nuclear weapons, worked out from the plutonium it may have separated at Yongbyon.');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (67, 'SIPRI Yearbook 2019, chapter "World nuclear forces": North Korean nuclear forces', 'Shannon N. Kile and Hans M. Kristensen', 'Stockholm International Peace Research Institute / Oxford University Press', '2019-06', 'https://www.sipri.org/yearbook', '', '', 'Estimate as of January 2019.');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (68, 'SIPRI Yearbook 2020, chapter "World nuclear forces": North Korean nuclear forces', 'Shannon N. Kile and Hans M. Kristensen', 'Stockholm International Peace Research Institute / Oxford University Press', '2020-06', 'https://www.sipri.org/yearbook', '', '', 'Estimate as of January 2020.');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (69, 'Global nuclear arsenals grow as states continue to modernize – New SIPRI Yearbook out now (SIPRI Yearbook 2021)', '', 'Stockholm International Peace Research Institute', '2021-06-14', 'https://www.sipri.org/media/press-release/2021/global-nuclear-arsenals-grow-states-continue-modernize-new-sipri-yearbook-out-now', '', '', 'Estimate as of January 2021.');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (70, 'SIPRI Yearbook 2022, chapter 10 "World nuclear forces", section IX: North Korean nuclear forces', 'Hans M. Kristensen and Matt Korda', 'Stockholm International Peace Research Institute / Oxford University Press', '2022-06', 'https://www.sipriyearbook.org/view/9780192883032/sipri-9780192883032-chapter-010-div1-056.xml', '', '', 'About 20 weapons assembled as of January 2022; fissile material for about 45–55.');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (71, 'SIPRI Yearbook 2023, chapter "World nuclear forces": North Korean nuclear forces', 'Hans M. Kristensen and Matt Korda', 'Stockholm International Peace Research Institute / Oxford University Press', '2023-06-12', 'https://www.sipri.org/yearbook', '', '', 'Estimate as of January 2023.');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (72, 'SIPRI Yearbook 2024, chapter "World nuclear forces": North Korean nuclear forces', 'Hans M. Kristensen, Matt Korda and others', 'Stockholm International Peace Research Institute / Oxford University Press', '2024-06-17', 'https://www.sipri.org/yearbook', '', '', 'Estimate as of January 2024.');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (73, 'SIPRI Yearbook 2025, chapter "World nuclear forces": North Korean nuclear forces', 'Hans M. Kristensen, Matt Korda and others', 'Stockholm International Peace Research Institute / Oxford University Press', '2025-06-16', 'https://www.sipri.org/yearbook', '', '', 'Estimate as of January 2025.');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (74, 'Nuclear Notebook: North Korean nuclear weapons, 2024 (Bulletin of the Atomic Scientists), release by the Federation of American Scientists', 'Hans M. Kristensen, Matt Korda, Eliana Johns and Mackenzie Knight', 'Bulletin of the Atomic Scientists / Federation of American Scientists', '2024-07-15', 'https://fas.org/publication/north-korean-nuclear-weapons-2024', '', '', 'Fissile material for up to about 90 warheads; probably about 50 assembled.');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (75, 'Nuclear Notebook: North Korean nuclear capabilities, 2018', 'Hans M. Kristensen and Robert S. Norris', 'Bulletin of the Atomic Scientists', '2018-01', '', '', '', 'Fissile material for perhaps 30–60 warheads; perhaps 10–20 assembled.');
-- Warhead estimates before 2018, and other estimates that disagree with SIPRI's
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (111, 'N Korea may have ''fuel for 13 nukes''', '', 'The Sydney Morning Herald', '2006-06-27', 'https://www.smh.com.au/news/World/N-Korea-may-have-fuel-for-13-nukes/2006/06/27/1151174171734.html', '', '', 'Reports a study by David Albright and Paul Brannan of the Institute for Science and International Security (ISIS), released the day before: North Korea had enough separated plutonium for "on the order of 4 to 13 nuclear weapons". The study itself ("The North Korean Plutonium Stock Mid-2006") was not read.');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (112, 'Stockpiles of nuclear weapons around the world – in data', '', 'The Guardian', '2017-03-11', 'https://www.theguardian.com/world/2017/mar/11/stockpiles-of-nuclear-weapons-around-the-world-in-data', '', '', 'Uses SIPRI''s figures: North Korea has an estimated 10 nuclear weapons, "up from six or eight in 2013".');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (113, '스톡홀름평화硏 "북한 최소 6개 핵탄두 보유" (Stockholm peace institute: North Korea holds at least 6 nuclear warheads)', '강필성 (Kang Pil-seong)', 'Newspim', '2014-06-16', 'http://m.newspim.com/news/view/20140616000523', '', '', 'In Korean. Reports SIPRI''s 2014 nuclear forces data: North Korea estimated to have 6–8 warheads, a figure SIPRI worked out from the plutonium North Korea had separated, with no concrete evidence that it had built or miniaturised warheads.');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (114, '스웨덴 연구소, "북한 핵무기 최대 10개로 늘어나" (Swedish institute: North Korea''s nuclear weapons rise to up to 10)', '', 'CBS NoCut News', '2016-06', 'https://m.nocutnews.co.kr/news/amp/4607434', '', '', 'In Korean. Reports SIPRI''s 2016 figures: up to 10 nuclear weapons, from the estimated fissile material, against 6–8 the year before; whether North Korea had produced or deployed operational weapons could not be confirmed from public information.');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (115, 'North Korea may have 10 nuclear warheads: think tank', '', 'NK News', '2016-06', 'https://www.nknews.org/2016/06/north-korea-may-have-10-nuclear-warheads-think-tank/', '', '', 'SIPRI: approximately 10 warheads as of January 2016, two to four more than a year earlier.');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (116, 'Plutonium, Tritium, and Highly Enriched Uranium Production at the Yongbyon Nuclear Site', 'David Albright and Serena Kelleher-Vergantini', 'Institute for Science and International Security', '2016-06-14', 'https://isis-online.org/isis-reports/detail/plutonium-tritium-and-highly-enriched-uranium-production-at-the-yongbyon-nu/10', '', '', 'Recalls the Institute''s 2015 central estimate of 10–16 nuclear weapons at the end of 2014, and puts the total at about 13–21 as of June 2016, from the plutonium and weapon-grade uranium made at Yongbyon (a possible second enrichment plant left out).');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (117, 'Scholar: North Korea has produced enough nuclear material for 10-16 weapons', '', 'The Hankyoreh', '2015-10-09', 'http://english.hani.co.kr/arti/english_edition/e_northkorea/712182.html', '', '', 'Reports David Albright''s paper "North Korean Plutonium and Weapon-Grade Uranium Inventories": by late 2014 enough plutonium and weapon-grade uranium for 15–22 weapons, or 10–16 once about 30 per cent of the material is allowed for as unusable.');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (118, 'North Korea''s number of nuclear warheads doubles in one year, Swedish SIPRI reports', 'Yi Yong-in', 'The Hankyoreh', '2017-07-04', 'http://english.hani.co.kr/arti/english_edition/e_northkorea/801414.html', '', '', 'SIPRI: an estimated 10–20 warheads as of January 2017, against a maximum of 10 the year before.');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (119, 'NK has 13-30 nuclear weapons, and will have up to 60 nukes by 2020', '', 'Homeland Security News Wire', '2017-08-10', 'http://www.homelandsecuritynewswire.com/dr20170810-nk-has-1330-nuclear-weapons-and-will-have-up-to-60-nukes-by-2020', '', '', 'Summarises a presentation by David Albright (Institute for Science and International Security): as of the end of 2016, 13–30 nuclear weapons, assuming 70 per cent of the estimated plutonium and weapon-grade uranium was made into weapons; the two ends are the cases of one or two enrichment plants.');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (120, 'North Korea can make 10-20 nuclear warheads, think tank says', '', 'Gephardt Daily (United Press International report)', '2017-07', 'https://gephardtdaily.com/national-international/north-korea-can-make-10-20-nuclear-warheads-think-tank-says/', '', '', 'Quotes the SIPRI Yearbook 2017: as of January 2017 North Korea had "enough fissile material for approximately 10–20 nuclear warheads", with no open-source evidence of warheads that fit on ballistic missiles.');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (121, 'North Korea could have 40 nuclear weapons, Swedish think tank says', '', 'United Press International', '2020-06-15', 'https://www.upi.com/Top_News/World-News/2020/06/15/North-Korea-could-have-40-nuclear-weapons-Swedish-think-tank-says/6981592226924/', '', '', 'SIPRI Yearbook 2020: 30–40 nuclear weapons as of January 2020, against 20–30 in its 2019 estimate.');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (122, 'North Korean Nuclear Weapons Arsenal: New Estimates of its Size and Configuration', 'David Albright', 'Institute for Science and International Security', '2023-04-10', 'https://isis-online.org/isis-reports/detail/2023-north-korean-nuclear-weapons-arsenal-new-estimates/', '', '', 'Estimates the weapons North Korea could have made by the end of 2022 from its plutonium and weapon-grade uranium, for three kinds of arsenal. The range of 35–65 with a rounded average of 45 is as reported by KBS World (10 April 2023) and Edaily; the table itself was not read.');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (123, 'North Korea has 80-90 nuclear weapons: Seoul researchers', 'Thomas Maresca', 'United Press International', '2023-01-13', 'https://www.upi.com/Top_News/World-News/2023/01/13/North-Korea-nuclear-weapons-arsenal-80-90-warheads/1531673591649/', '', '', 'Reports a study by the state-run Korea Institute for Defense Analyses (South Korea): the highly enriched uranium and plutonium North Korea has produced would yield 80–90 warheads.');
INSERT INTO sources (id, title, author, publisher, published, url, licence, accessed, notes) VALUES (124, 'Over 20 000 nuclear weapons linger in global arsenal: SIPRI', '', 'defenceWeb', '2011', 'https://www.defenceweb.co.za/governance/governance-governance/over-20-000-nuclear-weapons-linger-in-global-arsenal-sipri/', '', '', 'Reports the SIPRI Yearbook 2011: SIPRI counted the warheads of eight states only; North Korea was believed to have enough plutonium for a small number of warheads, with no public information to verify operational weapons.');
-- Further reference articles
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (76, 'Treaty on the Non-Proliferation of Nuclear Weapons', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Treaty_on_the_Non-Proliferation_of_Nuclear_Weapons', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (77, 'Member states of the United Nations', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Member_states_of_the_United_Nations', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (78, 'Kim Dae-jung', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Kim_Dae-jung', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (79, 'Sunshine Policy', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Sunshine_Policy', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (80, 'Peng Dehuai', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Peng_Dehuai', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (81, 'Mikhail Gorbachev', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Mikhail_Gorbachev', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (82, 'Harry S. Truman', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Harry_S._Truman', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (83, 'Douglas MacArthur', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Douglas_MacArthur', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (84, 'Jimmy Carter', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Jimmy_Carter', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (85, 'Kim Jong Nam', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Kim_Jong_Nam', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (86, 'Battle of Inchon', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Battle_of_Inchon', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (87, 'August Faction Incident', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/August_Faction_Incident', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (88, 'April Revolution', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/April_Revolution', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (89, 'Treaty on Basic Relations between Japan and the Republic of Korea', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Treaty_on_Basic_Relations_between_Japan_and_the_Republic_of_Korea', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (90, 'Pueblo incident', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Pueblo_incident', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (91, 'China–South Korea relations', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/China%E2%80%93South_Korea_relations', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (92, 'Russia–South Korea relations', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Russia%E2%80%93South_Korea_relations', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (93, 'Ukraine', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Ukraine', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (94, 'United Nations', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/United_Nations', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (95, 'People''s Volunteer Army', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/People%27s_Volunteer_Army', 'CC BY-SA 4.0', '', 'The Chinese People''s Volunteers of the Korean War.');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (96, 'Proclamation of the People''s Republic of China', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Proclamation_of_the_People%27s_Republic_of_China', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (97, 'Hwasong-15', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Hwasong-15', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (98, 'Assassination of Kim Jong-nam', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Assassination_of_Kim_Jong-nam', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (99, '2009 North Korean nuclear test', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/2009_North_Korean_nuclear_test', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (100, '2013 North Korean nuclear test', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/2013_North_Korean_nuclear_test', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (101, 'January 2016 North Korean nuclear test', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/January_2016_North_Korean_nuclear_test', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (102, 'September 2016 North Korean nuclear test', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/September_2016_North_Korean_nuclear_test', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (103, '2017 North Korean nuclear test', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/2017_North_Korean_nuclear_test', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (104, 'China–Russia relations', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/China%E2%80%93Russia_relations', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (105, '2018 Winter Olympics', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/2018_Winter_Olympics', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (106, 'Korea under Japanese rule', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Korea_under_Japanese_rule', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (107, 'Russian invasion of Ukraine', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Russian_invasion_of_Ukraine', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (108, 'Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Sino-Soviet_Treaty_of_Friendship,_Alliance_and_Mutual_Assistance', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (109, 'Korean Peninsula Energy Development Organization', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Korean_Peninsula_Energy_Development_Organization', 'CC BY-SA 4.0', '', '');
INSERT INTO sources (id, title, author, publisher, url, licence, accessed, notes) VALUES (110, 'Korean People''s Army', '', 'Wikipedia', 'https://en.wikipedia.org/wiki/Korean_People%27s_Army', 'CC BY-SA 4.0', '', '');

-- =====================================================================
-- Actors: people (1–20)
-- =====================================================================
-- The Kim family of North Korea
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (1, 'Kim Il-sung', '김일성', 'person', '#b71c1c', 'Founder of North Korea and its leader from 1948 until his death in 1994. He had fought as a guerrilla against Japanese rule in Manchuria and served in the Soviet army before returning to Korea with Soviet forces in 1945. He balanced between Moscow and Beijing throughout the Sino-Soviet split.', strftime('%s','1912-04-15'), 'day', 0, strftime('%s','1994-07-08'), 'day', 0);
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (2, 'Kim Jong-il', '김정일', 'person', '#c62828', 'Son of Kim Il-sung and leader of North Korea from 1994 to 2011. His rule began with a devastating famine and saw the first nuclear test in 2006. Soviet records place his birth in 1941 near Khabarovsk; North Korea''s official biography says 16 February 1942 on Mount Paektu. We follow the 1941 date used by most historians.', strftime('%s','1941-02-16'), 'day', 1, strftime('%s','2011-12-17'), 'day', 0);
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (3, 'Kim Jong-un', '김정은', 'person', '#d32f2f', 'Son of Kim Jong-il and supreme leader of North Korea since December 2011. Under him North Korea carried out four of its six nuclear tests, met a sitting US president for the first time, and signed a mutual-defence treaty with Russia. His birthday is celebrated on 8 January; the year is disputed (1982, 1983 and 1984 have all been given), and 1984 is the year most often cited.', strftime('%s','1984-01-08'), 'day', 1, NULL, NULL, 0);
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (4, 'Kim Yo-jong', '김여정', 'person', '#e53935', 'Younger sister of Kim Jong-un and a senior official of the Workers'' Party of Korea. She led North Korea''s delegation to the 2018 Winter Olympics in South Korea and later issued many of Pyongyang''s sharpest statements against Seoul and Washington. Her birth date is usually given as 26 September 1987, but some sources say 1988 or 1989.', strftime('%s','1987-09-26'), 'day', 1, NULL, NULL, 0);
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (5, 'Kim Ju-ae', '김주애', 'person', '#ef5350', 'Daughter of Kim Jong-un, first shown in public at a missile launch in November 2022 and since then often at her father''s side. Her birth year is uncertain: sources disagree between 2012 and 2013, and c. 2013 is used here. Some former intelligence officials even doubt that "Ju-ae" is her real name; it became known through the American basketball player Dennis Rodman.', strftime('%s','2013-01-01'), 'year', 1, NULL, NULL, 0);
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (6, 'Kim Jong-nam', '김정남', 'person', '#ef9a9a', 'Eldest son of Kim Jong-il and half-brother of Kim Jong-un. Once seen as a possible heir, he lived abroad for years and was killed with VX nerve agent at Kuala Lumpur airport in 2017; South Korea, the United States and Malaysian prosecutors pointed to North Korea, which denied any role.', strftime('%s','1971-05-10'), 'day', 0, strftime('%s','2017-02-13'), 'day', 0);
-- South Korean presidents
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (7, 'Syngman Rhee', '이승만', 'person', '#1565c0', 'First president of South Korea, from 1948 to 1960. A long-time independence campaigner who had lived in the United States, he led the South through the Korean War, refused to sign the armistice and won a defence treaty with Washington. He resigned after the April Revolution of 1960 and died in exile in Hawaii.', strftime('%s','1875-03-26'), 'day', 0, strftime('%s','1965-07-19'), 'day', 0);
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (8, 'Kim Dae-jung', '김대중', 'person', '#1976d2', 'President of South Korea from 1998 to 2003 and author of the "Sunshine Policy" of engagement with the North. He met Kim Jong-il at the first inter-Korean summit in 2000 and received the Nobel Peace Prize that year. His birth date is usually given as 6 January 1924, though some records give 1925.', strftime('%s','1924-01-06'), 'day', 1, strftime('%s','2009-08-18'), 'day', 0);
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (9, 'Moon Jae-in', '문재인', 'person', '#1e88e5', 'President of South Korea from 2017 to 2022. He met Kim Jong-un three times in 2018 and helped arrange the first summits between North Korea and the United States.', strftime('%s','1953-01-24'), 'day', 0, NULL, NULL, 0);
-- Chinese leaders
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (10, 'Mao Zedong', '毛泽东', 'person', '#f9a825', 'Founder of the People''s Republic of China and its leader from 1949 until his death in 1976. He sent Chinese troops into the Korean War in October 1950, and his quarrel with Khrushchev turned into the Sino-Soviet split.', strftime('%s','1893-12-26'), 'day', 0, strftime('%s','1976-09-09'), 'day', 0);
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (11, 'Peng Dehuai', '彭德怀', 'person', '#fbc02d', 'Chinese marshal who commanded the Chinese People''s Volunteers in Korea and signed the armistice for them in 1953. He was purged in 1959 after criticising Mao''s Great Leap Forward and died in prison during the Cultural Revolution.', strftime('%s','1898-10-24'), 'day', 0, strftime('%s','1974-11-29'), 'day', 0);
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (12, 'Xi Jinping', '习近平', 'person', '#f57f17', 'General Secretary of the Chinese Communist Party since November 2012 and President of China since March 2013. He met Kim Jong-un five times in 2018–2019 and hosted him, with Vladimir Putin, at the Beijing parade of September 2025.', strftime('%s','1953-06-15'), 'day', 0, NULL, NULL, 0);
-- Soviet and Russian leaders
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (13, 'Joseph Stalin', 'Иосиф Сталин', 'person', '#4a148c', 'Leader of the Soviet Union from the 1920s until his death in 1953. Soviet forces occupied northern Korea in 1945, and Stalin approved Kim Il-sung''s plan to invade the South in 1950. He was born on 18 December 1878; the official Soviet date, 21 December 1879, was wrong.', strftime('%s','1878-12-18'), 'day', 0, strftime('%s','1953-03-05'), 'day', 0);
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (14, 'Nikita Khrushchev', 'Никита Хрущёв', 'person', '#6a1b9a', 'Leader of the Soviet Union from 1953 to 1964. His 1956 criticism of Stalin and his quarrels with Mao opened the Sino-Soviet split. He was in Beijing for the tenth anniversary of the People''s Republic in 1959 and signed the 1961 treaty of alliance with North Korea.', strftime('%s','1894-04-15'), 'day', 0, strftime('%s','1971-09-11'), 'day', 0);
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (15, 'Mikhail Gorbachev', 'Михаил Горбачёв', 'person', '#7b1fa2', 'Last leader of the Soviet Union, from 1985 to 1991. He ended the Sino-Soviet split with his visit to Beijing in May 1989 and opened diplomatic relations with South Korea in 1990, to Pyongyang''s anger.', strftime('%s','1931-03-02'), 'day', 0, strftime('%s','2022-08-30'), 'day', 0);
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (16, 'Vladimir Putin', 'Владимир Путин', 'person', '#8e24aa', 'President of Russia from 2000 to 2008 and again since 2012 (prime minister in between). In 2000 he became the first Kremlin leader to visit Pyongyang; in 2024 he went back to sign a mutual-defence treaty with Kim Jong-un.', strftime('%s','1952-10-07'), 'day', 0, NULL, NULL, 0);
-- American leaders
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (17, 'Harry S. Truman', '', 'person', '#0d47a1', 'President of the United States from 1945 to 1953. He sent US forces to defend South Korea in June 1950 and dismissed General MacArthur in 1951.', strftime('%s','1884-05-08'), 'day', 0, strftime('%s','1972-12-26'), 'day', 0);
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (18, 'Douglas MacArthur', '', 'person', '#1a237e', 'American general who accepted Japan''s surrender in 1945 and commanded UN forces in Korea from 1950 until Truman removed him in April 1951. He planned the Incheon landing of September 1950.', strftime('%s','1880-01-26'), 'day', 0, strftime('%s','1964-04-05'), 'day', 0);
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (19, 'Jimmy Carter', '', 'person', '#283593', 'President of the United States from 1977 to 1981. As a private citizen he met Kim Il-sung in Pyongyang in June 1994, easing the first nuclear crisis and opening the way to the Agreed Framework.', strftime('%s','1924-10-01'), 'day', 0, strftime('%s','2024-12-29'), 'day', 0);
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (20, 'Donald Trump', '', 'person', '#3949ab', 'President of the United States from 2017 to 2021 and again from January 2025. He threatened North Korea with "fire and fury" in 2017, then met Kim Jong-un three times in 2018–2019: Singapore, Hanoi and the DMZ.', strftime('%s','1946-06-14'), 'day', 0, NULL, NULL, 0);

-- =====================================================================
-- Actors: states (21–27)
-- =====================================================================
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (21, 'North Korea', '조선민주주의인민공화국', 'state', '#c62828', 'The Democratic People''s Republic of Korea (DPRK), proclaimed in Pyongyang on 9 September 1948 in the zone occupied by Soviet forces. It has been ruled by three generations of the Kim family and declared itself a nuclear-armed state.', strftime('%s','1948-09-09'), 'day', 0, NULL, NULL, 0);
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (22, 'South Korea', '대한민국', 'state', '#1565c0', 'The Republic of Korea (ROK), proclaimed in Seoul on 15 August 1948 in the zone occupied by US forces. An ally of the United States since 1953, it moved from military rule to democracy in the late 1980s.', strftime('%s','1948-08-15'), 'day', 0, NULL, NULL, 0);
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (23, 'China', '中华人民共和国', 'state', '#f9a825', 'The People''s Republic of China, proclaimed by Mao Zedong on 1 October 1949. It fought for North Korea in the Korean War, has been its treaty ally since 1961 and is its largest trading partner, but it also recognised South Korea in 1992 and voted for UN sanctions on the North.', strftime('%s','1949-10-01'), 'day', 0, NULL, NULL, 0);
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (24, 'Russia', 'Россия', 'state', '#6a1b9a', 'One actor for the Soviet Union (1922–1991) and the Russian Federation, which took over the Soviet seat at the United Nations. The Soviet Union created and armed North Korea; Russia distanced itself in the 1990s, then became Pyongyang''s closest partner after its 2022 invasion of Ukraine. The start is the founding treaty of the USSR, 30 December 1922.', strftime('%s','1922-12-30'), 'day', 0, NULL, NULL, 0);
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (25, 'United States', '', 'state', '#0d47a1', 'Occupied southern Korea from 1945 to 1948, led the UN forces in the Korean War and has been South Korea''s treaty ally since 1953, with tens of thousands of troops stationed there. It has never had diplomatic relations with North Korea.', strftime('%s','1776-07-04'), 'day', 0, NULL, NULL, 0);
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (26, 'Japan', '日本', 'state', '#455a64', 'Ruled Korea as a colony from 1910 until its defeat in August 1945. It restored relations with South Korea in 1965 but has none with North Korea; it was one of the six parties in the 2003–2009 nuclear talks.', NULL, NULL, 0, NULL, NULL, 0);
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (27, 'Ukraine', 'Україна', 'state', '#fdd835', 'Independent since the break-up of the Soviet Union (declaration of 24 August 1991). Russia''s full-scale invasion in 2022 drew North Korea in as a supplier of munitions and, from late 2024, of troops.', strftime('%s','1991-08-24'), 'day', 0, NULL, NULL, 0);

-- =====================================================================
-- Actors: organisations and groups (28–34)
-- =====================================================================
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (28, 'United Nations', '', 'organisation', '#0288d1', 'The world organisation founded in 1945 (its Charter came into force on 24 October 1945). It observed the 1948 elections in the South, and both Korean states became members on 17 September 1991.', strftime('%s','1945-10-24'), 'day', 0, NULL, NULL, 0);
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (29, 'United Nations Security Council', '', 'organisation', '#0277bd', 'The UN body that can impose binding sanctions. Its five permanent members (China, France, Russia, the United Kingdom and the United States) each hold a veto. It first met on 17 January 1946.', strftime('%s','1946-01-17'), 'day', 0, NULL, NULL, 0);
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (30, 'UN Command', '', 'organisation', '#01579b', 'The United Nations Command, the multinational force under US command created after Security Council resolution 84 of 7 July 1950 to fight for South Korea. It signed the 1953 armistice and still oversees it today.', strftime('%s','1950-07-01'), 'month', 0, NULL, NULL, 0);
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (31, 'IAEA', '', 'organisation', '#00838f', 'The International Atomic Energy Agency, the UN-linked body that inspects nuclear sites to check that material is not diverted to weapons. Its disputes with North Korea over inspections set off the first nuclear crisis in 1993.', strftime('%s','1957-07-29'), 'day', 0, NULL, NULL, 0);
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (32, 'Workers'' Party of Korea', '조선로동당', 'organisation', '#b71c1c', 'The ruling party of North Korea, formed in June 1949 by merging the Workers'' Parties of North and South Korea; the party itself dates its founding to 10 October 1945. It has been led by Kim Il-sung, Kim Jong-il and Kim Jong-un.', strftime('%s','1949-06-01'), 'month', 0, NULL, NULL, 0);
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (33, 'Chinese People''s Volunteers', '中国人民志愿军', 'organisation', '#f57f17', 'The Chinese army sent into the Korean War from October 1950, called "volunteers" so that China was not formally at war with the United States. Its last units left North Korea in October 1958.', strftime('%s','1950-10-01'), 'month', 0, strftime('%s','1958-10-01'), 'month', 0);
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (34, 'Six-Party Talks', '', 'group', '#546e7a', 'Negotiations on North Korea''s nuclear programme hosted by China from 2003, with the two Koreas, the United States, Russia and Japan. North Korea walked out in April 2009 and the talks never resumed.', strftime('%s','2003-08-27'), 'day', 0, strftime('%s','2009-04-01'), 'month', 0);

-- =====================================================================
-- Actor names over time
-- =====================================================================
-- Russia: the USSR was dissolved by the Soviet of the Republics on
-- 26 December 1991 (the RSFSR had adopted the name "Russian Federation" on
-- 25 December). We switch names on 26 December 1991.
INSERT INTO actor_names (id, actor_id, name, native_name, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (1, 24, 'Soviet Union', 'Союз Советских Социалистических Республик', strftime('%s','1922-12-30'), 'day', 0, strftime('%s','1991-12-26'), 'day', 0);
INSERT INTO actor_names (id, actor_id, name, native_name, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (2, 24, 'Russian Federation', 'Российская Федерация', strftime('%s','1991-12-26'), 'day', 0, NULL, NULL, 0);

-- =====================================================================
-- Events
-- =====================================================================
-- ---------- Liberation and division, 1945–1950 ----------
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (1, 'Japan announces its surrender; Korea is liberated', 'On 15 August 1945 Emperor Hirohito announced by radio that Japan accepted the Allied terms, ending 35 years of Japanese colonial rule over Korea. Koreans still celebrate the day as Liberation Day (Gwangbokjeol) in the South and as the day of liberation in the North.', 'war', 'Tokyo; Korea', 5, strftime('%s','1945-08-15'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (2, 'Korea divided into Soviet and US occupation zones at the 38th parallel', 'Soviet troops entered northern Korea in August 1945 after Moscow declared war on Japan on 8 August. In Washington, officers drew a line along the 38th parallel on 10–11 August so that US forces would take the Japanese surrender in the South, and Stalin accepted it. US troops landed at Incheon on 8 September. Meant as a temporary arrangement, the line became the border between two states.', 'diplomacy', '38th parallel, Korea', 5, strftime('%s','1945-08-01'), 'month', 0, strftime('%s','1945-09-08'), 'day', 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (3, 'Japan signs the instrument of surrender', 'Japanese representatives signed the surrender on board the USS Missouri in Tokyo Bay on 2 September 1945, with General Douglas MacArthur accepting it for the Allies. China marks the following day, 3 September, as its Victory Day over Japan.', 'war', 'Tokyo Bay, Japan', 4, strftime('%s','1945-09-02'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (4, 'Kim Il-sung presented to the public in Pyongyang', 'Kim Il-sung, a former anti-Japanese guerrilla who had served in the Soviet army, returned to Korea in September 1945. On 14 October 1945 the Soviet command presented him at a mass rally in Pyongyang, the start of his rise to the leadership of the North.', 'politics', 'Pyongyang', 3, strftime('%s','1945-10-14'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (5, 'Elections in the South under UN observation', 'After talks between the Soviet and US commands failed, the UN General Assembly called for elections across Korea. The Soviet side refused entry to the UN commission, so the vote of 10 May 1948 took place only in the South. It chose the assembly that wrote South Korea''s constitution.', 'politics', 'Southern Korea', 3, strftime('%s','1948-05-10'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (6, 'Republic of Korea proclaimed in Seoul', 'The Republic of Korea was proclaimed on 15 August 1948, three years to the day after liberation, with Syngman Rhee as president. US military government in the South came to an end.', 'politics', 'Seoul', 5, strftime('%s','1948-08-15'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (7, 'Democratic People''s Republic of Korea founded', 'The Democratic People''s Republic of Korea was proclaimed in Pyongyang on 9 September 1948, with Kim Il-sung as premier. Both Korean states claimed to be the only lawful government of the whole peninsula.', 'politics', 'Pyongyang', 5, strftime('%s','1948-09-09'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (8, 'People''s Republic of China proclaimed', 'Mao Zedong proclaimed the People''s Republic of China in Beijing on 1 October 1949, after the Communists'' victory in the civil war. A communist China on Korea''s northern border changed the balance of power on the peninsula.', 'politics', 'Beijing', 5, strftime('%s','1949-10-01'), 'day', 0, NULL, NULL, 0);

-- ---------- The Korean War, 1950–1953 ----------
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (9, 'Korean War', 'North Korea invaded the South on 25 June 1950, with Stalin''s approval and Mao''s agreement. A US-led UN force and then a large Chinese army joined the fighting, which swept down and up the peninsula before settling near the 38th parallel. The war ended in an armistice on 27 July 1953, not a peace treaty. Estimates of the dead vary widely; figures of around three million, many of them civilians, are often given.', 'war', 'Korean peninsula', 5, strftime('%s','1950-06-25'), 'day', 0, strftime('%s','1953-07-27'), 'day', 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (10, 'Security Council places UN forces under a US-led command', 'Resolution 84 of 7 July 1950 asked members helping South Korea to put their forces under a unified command led by the United States, allowed to fly the UN flag. The Soviet Union could not veto it because it was boycotting the Council over who should hold China''s seat.', 'diplomacy', 'Lake Success, New York', 3, strftime('%s','1950-07-07'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (11, 'Incheon landing', 'On 15 September 1950 UN forces under General MacArthur landed at Incheon, far behind North Korean lines. Seoul was retaken within two weeks, and UN troops then crossed the 38th parallel and advanced towards the Chinese border.', 'war', 'Incheon', 4, strftime('%s','1950-09-15'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (12, 'China enters the Korean War', 'Chinese People''s Volunteers under Peng Dehuai began crossing the Yalu River into Korea on 19 October 1950; their first battle with UN forces came on 25 October, the date China commemorates. The Chinese offensive drove UN forces back south of Seoul by January 1951.', 'war', 'Yalu River', 5, strftime('%s','1950-10-19'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (13, 'Death of Joseph Stalin', 'Stalin died on 5 March 1953. His successors were more willing to end the war in Korea, and armistice talks that had stalled over prisoners of war moved forward.', 'politics', 'Moscow', 3, strftime('%s','1953-03-05'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (14, 'Korean Armistice Agreement signed', 'The armistice was signed at Panmunjom on 27 July 1953 by the UN Command on one side and the Korean People''s Army and the Chinese People''s Volunteers on the other. South Korea''s President Rhee refused to sign. It created the Demilitarized Zone; no peace treaty has ever followed, so the war has formally never ended.', 'diplomacy', 'Panmunjom', 5, strftime('%s','1953-07-27'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (15, 'US–South Korea Mutual Defense Treaty signed', 'Signed in Washington on 1 October 1953, the treaty commits the two countries to help each other if attacked and lets US forces be stationed in South Korea. It took effect when ratifications were exchanged on 17 November 1954 (some sources give 18 November, the date in Korea). It is still in force.', 'treaty', 'Washington, D.C.', 5, strftime('%s','1953-10-01'), 'day', 0, NULL, NULL, 0);

-- ---------- Cold War alliances and the Sino-Soviet split ----------
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (16, 'August Faction Incident', 'At a party meeting on 30 August 1956, leaders close to China and to the Soviet Union criticised Kim Il-sung''s personality cult. Kim had them expelled. In September a joint Soviet–Chinese delegation led by Anastas Mikoyan and Peng Dehuai pressed him to reverse this; he agreed for a time but later purged his critics, and resented both allies'' interference.', 'politics', 'Pyongyang', 3, strftime('%s','1956-08-30'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (17, 'Chinese People''s Volunteers leave North Korea', 'China withdrew its troops from North Korea in stages during 1958; the last units left in October 1958. US troops stayed in the South.', 'military', 'North Korea', 3, strftime('%s','1958-10-01'), 'month', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (18, 'Tenth anniversary of the People''s Republic of China in Beijing', 'Communist leaders gathered in Beijing for the celebrations of 1 October 1959. Nikita Khrushchev arrived on 30 September, straight from his visit to the United States, and stayed until 4 October; Kim Il-sung also came, hoping to talk with Mao Zedong. Khrushchev''s talks with Mao went badly, and the visit is often seen as a step towards the open Sino-Soviet split. The seed article describes the 2025 Beijing parade as the first such gathering of Chinese, Russian and North Korean leaders since 1959.', 'diplomacy', 'Beijing', 4, strftime('%s','1959-10-01'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (19, 'Sino-Soviet split', 'A quarrel over ideology and leadership of the communist world turned China and the Soviet Union into rivals. Historians date its opening in different ways; a clear step was the withdrawal of Soviet experts from China in July 1960, and the two fought border clashes in 1969. It ended with Gorbachev''s visit to Beijing in May 1989. North Korea played the two against each other to win aid from both.', 'diplomacy', 'China; Soviet Union', 4, strftime('%s','1960-01-01'), 'year', 1, strftime('%s','1989-05-01'), 'month', 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (20, 'Syngman Rhee resigns after the April Revolution', 'Protests against a rigged presidential election in March 1960 grew into a national uprising in April, in which police killed many demonstrators. Rhee announced his resignation on 26 April 1960 and left for exile in Hawaii. A military coup led by Park Chung Hee followed in May 1961.', 'politics', 'Seoul', 3, strftime('%s','1960-04-26'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (21, 'Soviet–North Korean Treaty of Friendship, Co-operation and Mutual Assistance', 'Signed in Moscow on 6 July 1961 by Khrushchev and Kim Il-sung, it promised immediate military help if either side were attacked. It was North Korea''s first formal alliance with Moscow.', 'treaty', 'Moscow', 5, strftime('%s','1961-07-06'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (22, 'Sino–North Korean Treaty of Friendship, Cooperation and Mutual Assistance', 'Five days after the Soviet treaty, Kim Il-sung and Zhou Enlai signed a similar mutual-defence treaty in Beijing on 11 July 1961. It took effect on 10 September 1961 and is China''s only defence treaty with any country. It is usually described as renewed every 20 years (1981, 2001, 2021), although its text says it stays in force until both sides agree to change or end it.', 'treaty', 'Beijing', 5, strftime('%s','1961-07-11'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (23, 'Japan and South Korea restore relations', 'The Treaty on Basic Relations, signed on 22 June 1965, opened diplomatic relations between Japan and South Korea, with Japanese grants and loans. Disputes over what it settled about colonial-era wrongs continue today.', 'treaty', 'Tokyo', 3, strftime('%s','1965-06-22'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (24, 'North Korea seizes the USS Pueblo', 'North Korean forces captured the US intelligence ship Pueblo on 23 January 1968; one sailor died and 82 were held for eleven months. The ship was never returned and is shown in Pyongyang as a museum.', 'military', 'Sea of Japan (East Sea), off Wonsan', 3, strftime('%s','1968-01-23'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (25, 'Death of Mao Zedong', 'Mao died in Beijing on 9 September 1976. Under Deng Xiaoping, China turned to economic reform and later to trade with South Korea.', 'politics', 'Beijing', 3, strftime('%s','1976-09-09'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (26, 'North Korea joins the Non-Proliferation Treaty', 'Under Soviet pressure, and with Soviet promises of nuclear power reactors, North Korea joined the Treaty on the Non-Proliferation of Nuclear Weapons on 12 December 1985. It did not sign the required inspection agreement with the IAEA until January 1992.', 'nuclear', 'Moscow; Pyongyang', 3, strftime('%s','1985-12-12'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (27, 'Gorbachev in Beijing: the Sino-Soviet split ends', 'Mikhail Gorbachev''s visit to Beijing from 15 to 18 May 1989, the first by a Soviet leader in thirty years, restored normal relations between the two communist powers. It took place while students were protesting in Tiananmen Square. North Korea could no longer play one patron against the other.', 'diplomacy', 'Beijing', 3, strftime('%s','1989-05-15'), 'day', 0, strftime('%s','1989-05-18'), 'day', 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (28, 'Soviet Union and South Korea establish diplomatic relations', 'On 30 September 1990 Moscow recognised South Korea, whose trade and credits it wanted. Pyongyang felt betrayed, and Soviet aid and cheap oil for North Korea dried up soon after.', 'diplomacy', 'New York', 4, strftime('%s','1990-09-30'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (29, 'Both Koreas join the United Nations', 'North and South Korea were admitted to the United Nations together on 17 September 1991. North Korea had long opposed separate membership, but gave way once it was clear that neither Moscow nor Beijing would block the South.', 'diplomacy', 'New York', 4, strftime('%s','1991-09-17'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (30, 'Dissolution of the Soviet Union', 'Gorbachev resigned on 25 December 1991 and the Soviet of the Republics dissolved the Soviet Union on 26 December. The Russian Federation took over its seat on the UN Security Council. For North Korea, the loss of its main supplier contributed to the economic collapse and famine of the 1990s.', 'politics', 'Moscow', 5, strftime('%s','1991-12-26'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (31, 'China and South Korea establish diplomatic relations', 'China recognised South Korea on 24 August 1992, and South Korea cut official ties with Taiwan. China soon became South Korea''s largest trading partner, while keeping its treaty with the North.', 'diplomacy', 'Beijing', 4, strftime('%s','1992-08-24'), 'day', 0, NULL, NULL, 0);

-- ---------- After the Soviet Union: crisis and engagement ----------
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (32, 'North Korea announces it will leave the NPT (first nuclear crisis)', 'When IAEA inspectors asked to see sites they suspected held hidden plutonium, North Korea announced on 12 March 1993 that it would leave the Non-Proliferation Treaty. After talks with the United States it suspended the withdrawal in June 1993, one day before it would have taken effect.', 'nuclear', 'Pyongyang', 4, strftime('%s','1993-03-12'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (33, 'Jimmy Carter meets Kim Il-sung in Pyongyang', 'With the United States weighing sanctions and even military options, former president Carter travelled to Pyongyang from 15 to 18 June 1994. Kim Il-sung agreed to freeze his nuclear programme and to a summit with South Korea, which his death prevented.', 'diplomacy', 'Pyongyang', 3, strftime('%s','1994-06-15'), 'day', 0, strftime('%s','1994-06-18'), 'day', 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (34, 'Death of Kim Il-sung', 'Kim Il-sung died of a heart attack on 8 July 1994, aged 82. His son Kim Jong-il took over, but formally became General Secretary of the party only in October 1997; Kim Il-sung was later named "Eternal President".', 'politics', 'North Korea', 5, strftime('%s','1994-07-08'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (35, 'US–North Korea Agreed Framework', 'Signed in Geneva on 21 October 1994, it froze North Korea''s plutonium reactor at Yongbyon under IAEA monitoring. In return an international consortium was to build two power reactors, and the North would receive heavy fuel oil in the meantime. It collapsed in 2002 after the United States accused Pyongyang of a secret uranium-enrichment programme.', 'nuclear', 'Geneva', 4, strftime('%s','1994-10-21'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (36, 'Soviet-era alliance treaty with North Korea lapses', 'Russia told North Korea in 1995 that it would not extend the 1961 treaty, and it lapsed in September 1996 when its five-year extension period ran out. Some reference works date the end to 1995, when the notice was given.', 'treaty', 'Moscow', 3, strftime('%s','1996-09-01'), 'month', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (37, 'Russia and North Korea sign a new friendship treaty', 'The treaty of friendship, good-neighbourliness and cooperation, signed in Pyongyang on 9 February 2000, replaced the 1961 alliance. Unlike the old treaty, it did not promise military help; the two sides only agreed to consult if either faced a threat.', 'treaty', 'Pyongyang', 3, strftime('%s','2000-02-09'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (38, 'First inter-Korean summit', 'South Korean President Kim Dae-jung flew to Pyongyang and met Kim Jong-il from 13 to 15 June 2000, the first meeting of the two states'' leaders. Their joint declaration led to family reunions and economic projects such as the Kaesong industrial zone. It later emerged that large secret payments had been made to the North before the summit.', 'diplomacy', 'Pyongyang', 4, strftime('%s','2000-06-13'), 'day', 0, strftime('%s','2000-06-15'), 'day', 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (39, 'Vladimir Putin visits Pyongyang', 'On 19–20 July 2000 Putin became the first Soviet or Russian leader to visit North Korea, rebuilding ties that had collapsed in the early 1990s. Kim Jong-il made return visits to Russia by train in 2001 and 2002.', 'diplomacy', 'Pyongyang', 3, strftime('%s','2000-07-19'), 'day', 0, strftime('%s','2000-07-20'), 'day', 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (40, 'North Korea announces its withdrawal from the NPT', 'After the Agreed Framework broke down, North Korea expelled IAEA inspectors and on 10 January 2003 announced that it was leaving the Non-Proliferation Treaty with effect from the next day. Other states questioned whether a withdrawal announced this way was valid, but North Korea has acted outside the treaty ever since.', 'nuclear', 'Pyongyang', 4, strftime('%s','2003-01-10'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (41, 'First round of the Six-Party Talks', 'China hosted the two Koreas, the United States, Russia and Japan in Beijing from 27 to 29 August 2003 to seek an end to North Korea''s nuclear programme. A joint statement of September 2005 set out principles, but the talks stalled and North Korea left them in April 2009.', 'diplomacy', 'Beijing', 4, strftime('%s','2003-08-27'), 'day', 0, strftime('%s','2003-08-29'), 'day', 0);

-- ---------- Nuclear tests and UN sanctions, 2006–2017 ----------
-- All the sanctions resolutions below were adopted unanimously (15–0),
-- with China and Russia voting in favour.
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (42, 'First North Korean nuclear test', 'North Korea exploded its first nuclear device underground at Punggye-ri on 9 October 2006. The blast was small, under one kiloton, and many experts judged it partly a failure, but it made North Korea the world''s newest nuclear-armed state.', 'nuclear', 'Punggye-ri, North Korea', 5, strftime('%s','2006-10-09'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (43, 'UN Security Council Resolution 1718', 'Five days after the first test, on 14 October 2006, the Security Council unanimously condemned it and imposed the first UN sanctions on North Korea: an embargo on heavy weapons and on luxury goods, and asset freezes. It set up a committee to oversee the sanctions. China and Russia voted in favour.', 'sanctions', 'New York', 5, strftime('%s','2006-10-14'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (44, 'Second North Korean nuclear test', 'A second, larger underground test followed on 25 May 2009, weeks after North Korea walked out of the Six-Party Talks.', 'nuclear', 'Punggye-ri, North Korea', 4, strftime('%s','2009-05-25'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (45, 'UN Security Council Resolution 1874', 'Adopted unanimously on 12 June 2009, it widened the arms embargo, called on states to inspect suspect cargo, and created a Panel of Experts to investigate sanctions-breaking. The panel reported every year until Russia vetoed its renewal in 2024.', 'sanctions', 'New York', 4, strftime('%s','2009-06-12'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (46, 'Death of Kim Jong-il', 'Kim Jong-il died of a heart attack on 17 December 2011, according to North Korean state media, which announced his death two days later, on 19 December. His youngest son, Kim Jong-un, was hailed at once as the "great successor".', 'politics', 'North Korea', 5, strftime('%s','2011-12-17'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (47, 'Kim Jong-un becomes supreme leader', 'On 30 December 2011, the day after the official mourning for his father ended, the Politburo of the Workers'' Party proclaimed Kim Jong-un Supreme Commander of the Korean People''s Army, the first of his formal titles. He was named First Secretary of the Workers'' Party of Korea in April 2012 and became its General Secretary in January 2021.', 'politics', 'Pyongyang', 5, strftime('%s','2011-12-30'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (48, 'Xi Jinping becomes leader of China', 'Xi Jinping became General Secretary of the Chinese Communist Party on 15 November 2012 and President in March 2013. Relations with Pyongyang were cool in his first years, as China backed tougher UN sanctions.', 'politics', 'Beijing', 3, strftime('%s','2012-11-15'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (49, 'Third North Korean nuclear test', 'The third test, on 12 February 2013, was the first under Kim Jong-un and larger than the first two. The Security Council answered with more sanctions in March 2013.', 'nuclear', 'Punggye-ri, North Korea', 4, strftime('%s','2013-02-12'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (50, 'Fourth North Korean nuclear test', 'On 6 January 2016 North Korea claimed to have tested a hydrogen bomb. Outside experts, judging from the size of the tremor, doubted the claim.', 'nuclear', 'Punggye-ri, North Korea', 4, strftime('%s','2016-01-06'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (51, 'UN Security Council Resolution 2270', 'Adopted unanimously on 2 March 2016, it required inspection of all cargo going to or from North Korea and limited its exports of coal, iron and other minerals. It was then the toughest UN sanctions package against the North.', 'sanctions', 'New York', 4, strftime('%s','2016-03-02'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (52, 'Fifth North Korean nuclear test', 'The fifth test, on 9 September 2016, the anniversary of the state''s founding, was the most powerful so far. North Korea said it had tested a warhead that could be fitted to missiles.', 'nuclear', 'Punggye-ri, North Korea', 4, strftime('%s','2016-09-09'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (53, 'UN Security Council Resolution 2321', 'Adopted unanimously on 30 November 2016, it capped North Korea''s coal exports and banned its exports of copper, nickel, silver and zinc.', 'sanctions', 'New York', 3, strftime('%s','2016-11-30'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (54, 'Kim Jong-nam killed in Kuala Lumpur', 'Kim Jong-un''s half-brother was killed with the nerve agent VX at Kuala Lumpur airport on 13 February 2017. Two women who smeared the poison on his face were tried in Malaysia; South Korea and the United States blamed the North Korean state, which denied it.', 'politics', 'Kuala Lumpur, Malaysia', 3, strftime('%s','2017-02-13'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (55, 'UN Security Council Resolution 2371', 'After North Korea''s first intercontinental ballistic missile (ICBM) tests in July 2017, the Council unanimously banned all its exports of coal, iron, lead and seafood on 5 August 2017.', 'sanctions', 'New York', 4, strftime('%s','2017-08-05'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (56, 'Sixth North Korean nuclear test', 'On 3 September 2017 North Korea carried out by far its largest test, which it called a hydrogen bomb for an ICBM. Estimates of its power vary widely, most between about 100 and 250 kilotons, several times the Hiroshima bomb. It is North Korea''s most recent nuclear test to date.', 'nuclear', 'Punggye-ri, North Korea', 5, strftime('%s','2017-09-03'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (57, 'UN Security Council Resolution 2375', 'Adopted unanimously on 11 September 2017, eight days after the sixth test, it capped North Korea''s imports of refined oil products, banned its textile exports and stopped new work permits for North Korean workers abroad.', 'sanctions', 'New York', 4, strftime('%s','2017-09-11'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (58, 'Hwasong-15 ICBM test', 'On 29 November 2017 North Korea launched the Hwasong-15, a missile thought able to reach the whole United States. Kim Jong-un declared that the country had "completed" its nuclear force.', 'nuclear', 'North Korea', 4, strftime('%s','2017-11-29'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (59, 'UN Security Council Resolution 2397', 'Adopted unanimously on 22 December 2017, it cut North Korea''s allowed imports of refined petroleum to 500,000 barrels a year and ordered its workers abroad sent home within two years. It is the last UN sanctions resolution on North Korea that China and Russia have supported.', 'sanctions', 'New York', 5, strftime('%s','2017-12-22'), 'day', 0, NULL, NULL, 0);

-- ---------- Summit diplomacy, 2018–2019 ----------
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (60, 'Kim Yo-jong at the Pyeongchang Winter Olympics', 'Kim Yo-jong led North Korea''s delegation to the opening of the Winter Olympics in South Korea on 9 February 2018, the first member of the Kim family to visit the South since the war. She handed President Moon an invitation to Pyongyang.', 'diplomacy', 'Pyeongchang and Seoul', 3, strftime('%s','2018-02-09'), 'day', 0, strftime('%s','2018-02-11'), 'day', 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (61, 'Kim Jong-un''s first visit to China', 'Kim Jong-un travelled to Beijing by armoured train from 25 to 28 March 2018 and met Xi Jinping, his first trip abroad as leader. He visited China three more times before June 2019, consulting Beijing before and after his meetings with Trump.', 'diplomacy', 'Beijing', 4, strftime('%s','2018-03-25'), 'day', 0, strftime('%s','2018-03-28'), 'day', 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (62, 'Panmunjom summit', 'On 27 April 2018 Kim Jong-un stepped across the border line at Panmunjom, the first North Korean leader to enter the South, and met President Moon Jae-in. Their Panmunjom Declaration promised to end hostile acts and to work for a nuclear-free peninsula.', 'diplomacy', 'Panmunjom', 4, strftime('%s','2018-04-27'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (63, 'Singapore summit', 'On 12 June 2018 Kim Jong-un and Donald Trump held the first ever meeting between a North Korean leader and a sitting US president. Their short joint statement promised new relations and work "towards complete denuclearization of the Korean Peninsula", without saying how or when.', 'diplomacy', 'Singapore', 5, strftime('%s','2018-06-12'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (64, 'Pyongyang inter-Korean summit', 'Moon Jae-in visited Pyongyang from 18 to 20 September 2018. The two leaders signed a military agreement to reduce tension along the border, and Moon spoke to a crowd of North Koreans in a stadium.', 'diplomacy', 'Pyongyang', 3, strftime('%s','2018-09-18'), 'day', 0, strftime('%s','2018-09-20'), 'day', 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (65, 'Hanoi summit', 'Kim Jong-un and Donald Trump met again in Hanoi on 27–28 February 2019. The talks ended early and without agreement: North Korea wanted most sanctions lifted in return for closing its Yongbyon nuclear complex, which the United States judged too little.', 'diplomacy', 'Hanoi, Vietnam', 5, strftime('%s','2019-02-27'), 'day', 0, strftime('%s','2019-02-28'), 'day', 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (66, 'Kim–Putin summit in Vladivostok', 'Kim Jong-un met Vladimir Putin for the first time on 25 April 2019, on Russky Island in Vladivostok, two months after the failure in Hanoi. No agreements were announced.', 'diplomacy', 'Vladivostok, Russia', 3, strftime('%s','2019-04-25'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (67, 'Xi Jinping visits Pyongyang', 'Xi Jinping visited North Korea on 20–21 June 2019, the first visit by a Chinese leader since 2005, marking the recovery of relations after the sanctions years.', 'diplomacy', 'Pyongyang', 3, strftime('%s','2019-06-20'), 'day', 0, strftime('%s','2019-06-21'), 'day', 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (68, 'Trump and Kim meet at the DMZ', 'On 30 June 2019, after an invitation sent on social media, Donald Trump met Kim Jong-un at Panmunjom and stepped briefly into North Korea, the first sitting US president to do so. Moon Jae-in joined them. Working-level talks in Stockholm that October failed, and there has been no summit since.', 'diplomacy', 'Panmunjom', 4, strftime('%s','2019-06-30'), 'day', 0, NULL, NULL, 0);

-- ---------- Stalemate and the turn to Moscow, 2020–2025 ----------
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (69, 'North Korea blows up the inter-Korean liaison office', 'After Kim Yo-jong denounced leaflets sent from the South by activists, North Korea demolished the joint liaison office in Kaesong on 16 June 2020. The office had opened in 2018 as a symbol of the summit year.', 'politics', 'Kaesong', 3, strftime('%s','2020-06-16'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (70, 'Russia launches its full-scale invasion of Ukraine', 'Russia invaded Ukraine on 24 February 2022. Isolated by the West and short of ammunition, Moscow turned to North Korea, reversing its earlier support for sanctions against Pyongyang.', 'war', 'Ukraine', 4, strftime('%s','2022-02-24'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (71, 'North Korea writes its nuclear status into law', 'On 8 September 2022 North Korea''s Supreme People''s Assembly passed a law on nuclear forces policy that allows nuclear weapons to be used first in some circumstances. Kim Jong-un said the country would never give up its nuclear weapons and that there would be no bargaining over them.', 'nuclear', 'Pyongyang', 4, strftime('%s','2022-09-08'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (72, 'Kim Ju-ae appears in public for the first time', 'State media showed Kim Jong-un''s daughter with him at the launch of a Hwasong-17 ICBM on 18 November 2022. Her frequent appearances since then have led to speculation that she is being prepared as a successor; the seed article doubts that a plan is settled.', 'politics', 'Pyongyang', 3, strftime('%s','2022-11-18'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (73, 'Kim–Putin summit at the Vostochny Cosmodrome', 'Kim Jong-un travelled by train to Russia''s Far East and met Putin at the Vostochny space launch site on 13 September 2023. The United States and South Korea said North Korean shells and missiles began flowing to Russia around this time, in exchange for food, fuel and military technology; both governments denied it then.', 'diplomacy', 'Vostochny Cosmodrome, Russia', 4, strftime('%s','2023-09-13'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (74, 'Pyongyang declares South Korea its "principal enemy"', 'In a speech to the Supreme People''s Assembly on 15 January 2024, Kim Jong-un abandoned the long-standing goal of peaceful reunification, called for the constitution to name South Korea the principal enemy, and ordered the agencies for inter-Korean cooperation closed.', 'politics', 'Pyongyang', 3, strftime('%s','2024-01-15'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (75, 'Russia vetoes the UN Panel of Experts on North Korea', 'On 28 March 2024 Russia vetoed the yearly renewal of the Panel of Experts that had monitored UN sanctions on North Korea since 2009; thirteen members voted in favour and China abstained. The sanctions themselves stay in force, but the panel closed when its mandate ran out on 30 April 2024, weeks after it had begun investigating reported arms transfers from North Korea to Russia.', 'sanctions', 'New York', 4, strftime('%s','2024-03-28'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (76, 'Putin in Pyongyang: Treaty on Comprehensive Strategic Partnership', 'Vladimir Putin visited Pyongyang on 19 June 2024, his first visit since 2000, and signed a Treaty on Comprehensive Strategic Partnership with Kim Jong-un. Its Article 4 obliges each side to give immediate military help if the other is attacked, restoring the kind of alliance that had lapsed in 1996.', 'treaty', 'Pyongyang', 5, strftime('%s','2024-06-19'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (77, 'North Korean troops sent to Russia reported', 'From October 2024 South Korean, Ukrainian and US officials reported that North Korea had sent soldiers to Russia; estimates were of about 10,000–12,000 at first. They were deployed against Ukrainian forces in Russia''s Kursk region. The exact start of the deployment is not known, so the date is approximate.', 'war', 'Russia (Kursk region)', 4, strftime('%s','2024-10-01'), 'month', 1, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (78, 'Russia–North Korea treaty enters into force', 'After both leaders ratified it, the treaty signed in June took effect on 4 December 2024, when the instruments of ratification were exchanged in Moscow. It replaced the friendship treaty of 2000.', 'treaty', 'Moscow', 3, strftime('%s','2024-12-04'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (79, 'Donald Trump begins his second term', 'Donald Trump was inaugurated again as US president on 20 January 2025. He soon spoke of his good relationship with Kim Jong-un and called North Korea a "nuclear power".', 'politics', 'Washington, D.C.', 3, strftime('%s','2025-01-20'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (80, 'US Annual Threat Assessment 2025', 'The Office of the Director of National Intelligence released its Annual Threat Assessment on 25 March 2025. It judged that Kim Jong-un sees his nuclear and missile programmes as essential to regime security and national pride and has no intention of negotiating them away. Testifying to the Senate the same day, Director of National Intelligence Tulsi Gabbard added that Kim seeks at least tacit recognition of North Korea as a nuclear power. The report also noted Russia''s growing support in return for North Korean help with the war against Ukraine.', 'intelligence', 'Washington, D.C.', 4, strftime('%s','2025-03-25'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (81, 'Pyongyang acknowledges its troops in Russia', 'On 28 April 2025 North Korean state media confirmed for the first time that its soldiers had fought for Russia in the Kursk region, on Kim Jong-un''s order and under the 2024 treaty. Kim called them heroes and announced a monument, which also confirmed that soldiers had died.', 'war', 'Pyongyang', 4, strftime('%s','2025-04-28'), 'day', 0, NULL, NULL, 0);
INSERT INTO events (id, title, description, category, place, importance, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (82, 'Military parade in Beijing for the 80th anniversary of victory over Japan', 'On 3 September 2025 China held a large military parade in Tiananmen Square for the 80th anniversary of its victory in the War of Resistance against Japan and the end of the Second World War. Kim Jong-un stood beside Xi Jinping and Vladimir Putin, the first time the three leaders appeared together; Kim also held talks with both. The seed article (Jim Hoare, The Conversation, September 2025) calls it the "85th anniversary" of Japan''s surrender: that is an error, since 1945 to 2025 is 80 years.', 'diplomacy', 'Beijing', 5, strftime('%s','2025-09-03'), 'day', 0, NULL, NULL, 0);

-- =====================================================================
-- Who took part in each event
-- =====================================================================
INSERT INTO event_actors (event_id, actor_id, role) VALUES
    (1, 26, 'surrendered'), (1, 25, 'Allied power'), (1, 24, 'Allied power'),
    (2, 24, 'occupied the North'), (2, 25, 'occupied the South'), (2, 13, 'accepted the line'), (2, 17, 'US president'),
    (3, 26, 'surrendered'), (3, 25, 'Allied power'), (3, 18, 'accepted the surrender'),
    (4, 1, 'presented'), (4, 24, 'occupying power'),
    (5, 28, 'observed'), (5, 7, 'elected'),
    (6, 22, 'proclaimed'), (6, 7, 'president'), (6, 25, 'former occupying power'),
    (7, 21, 'proclaimed'), (7, 1, 'premier'), (7, 24, 'backer'),
    (8, 23, 'proclaimed'), (8, 10, 'proclaimed it'),
    (9, 21, 'belligerent'), (9, 22, 'belligerent'), (9, 25, 'belligerent'), (9, 23, 'belligerent'),
    (9, 30, 'belligerent'), (9, 33, 'belligerent'), (9, 24, 'supplied North Korea'),
    (9, 1, 'leader'), (9, 7, 'leader'), (9, 17, 'leader'), (9, 10, 'leader'), (9, 13, 'leader'),
    (10, 29, 'adopted'), (10, 30, 'created'), (10, 25, 'leads the command'), (10, 24, 'absent (boycott)'),
    (11, 18, 'commander'), (11, 30, 'landed'), (11, 25, ''), (11, 22, ''),
    (12, 23, 'intervened'), (12, 33, 'crossed the Yalu'), (12, 11, 'commander'), (12, 10, 'decided'), (12, 21, 'ally'),
    (13, 13, 'died'), (13, 24, ''),
    (14, 30, 'signed'), (14, 21, 'signed (Korean People''s Army)'), (14, 33, 'signed'), (14, 1, 'countersigned'),
    (14, 11, 'countersigned'), (14, 22, 'refused to sign'),
    (15, 25, 'party'), (15, 22, 'party'), (15, 7, 'president'),
    (16, 1, 'target of criticism'), (16, 32, ''), (16, 24, 'intervened'), (16, 23, 'intervened'), (16, 11, 'envoy'),
    (17, 33, 'withdrew'), (17, 23, ''), (17, 21, ''),
    (18, 10, 'host'), (18, 14, 'guest'), (18, 1, 'guest'), (18, 23, 'host'), (18, 24, 'guest'), (18, 21, 'guest'),
    (19, 23, 'rival'), (19, 24, 'rival'), (19, 10, ''), (19, 14, ''), (19, 15, 'ended it'), (19, 21, 'courted by both'),
    (20, 7, 'resigned'), (20, 22, ''),
    (21, 24, 'party'), (21, 21, 'party'), (21, 14, 'signed'), (21, 1, 'signed'),
    (22, 23, 'party'), (22, 21, 'party'), (22, 1, 'signed'),
    (23, 26, 'party'), (23, 22, 'party'),
    (24, 21, 'seized the ship'), (24, 25, 'ship''s owner'),
    (25, 10, 'died'), (25, 23, ''),
    (26, 21, 'joined'), (26, 24, 'pressed for it'), (26, 31, 'safeguards'),
    (27, 15, 'visitor'), (27, 23, 'host'), (27, 24, ''),
    (28, 24, 'party'), (28, 22, 'party'), (28, 15, 'Soviet leader'), (28, 21, 'objected'),
    (29, 21, 'admitted'), (29, 22, 'admitted'), (29, 28, ''),
    (30, 24, 'dissolved'), (30, 15, 'resigned'),
    (31, 23, 'party'), (31, 22, 'party'),
    (32, 21, ''), (32, 31, 'inspections'), (32, 25, 'negotiated'),
    (33, 19, 'visitor'), (33, 1, 'host'), (33, 21, ''), (33, 25, ''),
    (34, 1, 'died'), (34, 2, 'successor'), (34, 21, ''),
    (35, 25, 'party'), (35, 21, 'party'), (35, 31, 'monitoring'),
    (36, 24, 'let it lapse'), (36, 21, ''),
    (37, 24, 'party'), (37, 21, 'party'),
    (38, 8, 'visitor'), (38, 2, 'host'), (38, 21, ''), (38, 22, ''),
    (39, 16, 'visitor'), (39, 2, 'host'), (39, 24, ''), (39, 21, ''),
    (40, 21, 'withdrew'), (40, 31, 'inspectors expelled'),
    (41, 34, ''), (41, 23, 'host'), (41, 21, 'party'), (41, 22, 'party'), (41, 25, 'party'), (41, 24, 'party'), (41, 26, 'party'),
    (42, 21, 'tested'), (42, 2, 'leader'),
    (43, 29, 'adopted'), (43, 21, 'sanctioned'), (43, 23, 'voted in favour'), (43, 24, 'voted in favour'), (43, 25, 'voted in favour'),
    (44, 21, 'tested'), (44, 2, 'leader'),
    (45, 29, 'adopted'), (45, 21, 'sanctioned'), (45, 23, 'voted in favour'), (45, 24, 'voted in favour'),
    (46, 2, 'died'), (46, 21, ''),
    (47, 3, 'successor'), (47, 21, ''), (47, 32, 'Politburo'),
    (48, 12, ''), (48, 23, ''),
    (49, 21, 'tested'), (49, 3, 'leader'),
    (50, 21, 'tested'), (50, 3, 'leader'),
    (51, 29, 'adopted'), (51, 21, 'sanctioned'), (51, 23, 'voted in favour'), (51, 24, 'voted in favour'),
    (52, 21, 'tested'), (52, 3, 'leader'),
    (53, 29, 'adopted'), (53, 21, 'sanctioned'), (53, 23, 'voted in favour'), (53, 24, 'voted in favour'),
    (54, 6, 'killed'), (54, 21, 'accused'),
    (55, 29, 'adopted'), (55, 21, 'sanctioned'), (55, 23, 'voted in favour'), (55, 24, 'voted in favour'),
    (56, 21, 'tested'), (56, 3, 'leader'),
    (57, 29, 'adopted'), (57, 21, 'sanctioned'), (57, 23, 'voted in favour'), (57, 24, 'voted in favour'),
    (58, 21, 'launched'), (58, 3, 'leader'), (58, 25, 'in range'),
    (59, 29, 'adopted'), (59, 21, 'sanctioned'), (59, 23, 'voted in favour'), (59, 24, 'voted in favour'), (59, 25, 'drafted'),
    (60, 4, 'led the delegation'), (60, 9, 'host'), (60, 22, 'host'), (60, 21, ''),
    (61, 3, 'visitor'), (61, 12, 'host'), (61, 21, ''), (61, 23, ''),
    (62, 3, 'participant'), (62, 9, 'participant'), (62, 21, ''), (62, 22, ''), (62, 4, 'delegation'),
    (63, 3, 'participant'), (63, 20, 'participant'), (63, 21, ''), (63, 25, ''),
    (64, 3, 'host'), (64, 9, 'visitor'),
    (65, 3, 'participant'), (65, 20, 'participant'), (65, 21, ''), (65, 25, ''),
    (66, 3, 'visitor'), (66, 16, 'host'),
    (67, 12, 'visitor'), (67, 3, 'host'),
    (68, 20, 'participant'), (68, 3, 'participant'), (68, 9, 'participant'),
    (69, 4, 'issued the threats'), (69, 21, 'demolished it'), (69, 22, ''),
    (70, 24, 'invader'), (70, 27, 'invaded'), (70, 16, 'ordered it'),
    (71, 21, ''), (71, 3, ''),
    (72, 5, 'appeared'), (72, 3, ''),
    (73, 3, 'visitor'), (73, 16, 'host'), (73, 21, ''), (73, 24, ''),
    (74, 3, 'speaker'), (74, 21, ''), (74, 22, 'named enemy'),
    (75, 24, 'vetoed'), (75, 29, ''), (75, 23, 'abstained'), (75, 21, ''),
    (76, 16, 'visitor'), (76, 3, 'host'), (76, 24, 'party'), (76, 21, 'party'),
    (77, 21, 'sent troops'), (77, 24, 'received troops'), (77, 27, 'fought them'),
    (78, 24, 'party'), (78, 21, 'party'),
    (79, 20, 'inaugurated'), (79, 25, ''),
    (80, 25, 'issued it'), (80, 3, 'assessed'), (80, 21, 'assessed'),
    (81, 3, 'ordered the deployment'), (81, 21, ''), (81, 24, ''),
    (82, 12, 'host'), (82, 3, 'guest'), (82, 16, 'guest'), (82, 23, 'host'), (82, 24, ''), (82, 21, '');

-- =====================================================================
-- Relations
-- =====================================================================
-- stance: -1 hostile, 0 neutral, +1 friendly. directed = 1 where the
-- relation runs from source to target (leader -> state, parent -> child,
-- sanctioning -> sanctioned, giver -> receiver, member -> organisation).

-- ---------- Leadership (person -> state or organisation) ----------
INSERT INTO relations (id, source_id, target_id, kind, stance, directed, label, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx, begin_event_id, end_event_id) VALUES
(1, 1, 21, 'leadership', 0, 1, 'Leads North Korea', 'Kim Il-sung led North Korea from its founding until his death: as premier until 1972 and then as president.', strftime('%s','1948-09-09'), 'day', 0, strftime('%s','1994-07-08'), 'day', 0, 7, 34),
(2, 2, 21, 'leadership', 0, 1, 'Leads North Korea', 'Kim Jong-il ruled from his father''s death in 1994, although he took the top party post only in October 1997, until his own death in 2011.', strftime('%s','1994-07-08'), 'day', 0, strftime('%s','2011-12-17'), 'day', 0, 34, 46),
(3, 3, 21, 'leadership', 0, 1, 'Leads North Korea', 'Kim Jong-un was treated as leader from his father''s death on 17 December 2011 and received his first formal title, Supreme Commander, on 30 December 2011, the date used here.', strftime('%s','2011-12-30'), 'day', 0, NULL, NULL, 0, 47, NULL),
(4, 10, 23, 'leadership', 0, 1, 'Leads China', 'Mao Zedong led the People''s Republic from its proclamation until his death.', strftime('%s','1949-10-01'), 'day', 0, strftime('%s','1976-09-09'), 'day', 0, 8, 25),
(5, 12, 23, 'leadership', 0, 1, 'Leads China', 'Xi Jinping has led China since becoming General Secretary of the Communist Party on 15 November 2012; he also became state President in March 2013.', strftime('%s','2012-11-15'), 'day', 0, NULL, NULL, 0, 48, NULL),
(6, 13, 24, 'leadership', 0, 1, 'Leads the Soviet Union', 'Stalin became General Secretary of the party in 1922 and emerged as the Soviet Union''s leader after Lenin''s death in 1924; historians date his supremacy variously in the mid- to late 1920s, so the start is approximate.', strftime('%s','1924-01-01'), 'year', 1, strftime('%s','1953-03-05'), 'day', 0, NULL, 13),
(7, 14, 24, 'leadership', 0, 1, 'Leads the Soviet Union', 'Khrushchev became First Secretary of the Soviet Communist Party in September 1953 and was removed by his colleagues in October 1964.', strftime('%s','1953-09-07'), 'day', 0, strftime('%s','1964-10-14'), 'day', 0, NULL, NULL),
(8, 15, 24, 'leadership', 0, 1, 'Leads the Soviet Union', 'Gorbachev became General Secretary in March 1985 and resigned as President of the Soviet Union on 25 December 1991.', strftime('%s','1985-03-11'), 'day', 0, strftime('%s','1991-12-25'), 'day', 0, NULL, NULL),
(9, 16, 24, 'leadership', 0, 1, 'Leads Russia (first period)', 'Putin became acting president when Boris Yeltsin resigned on 31 December 1999, was elected in 2000 and served until May 2008, when he became prime minister under Dmitry Medvedev.', strftime('%s','1999-12-31'), 'day', 0, strftime('%s','2008-05-07'), 'day', 0, NULL, NULL),
(10, 16, 24, 'leadership', 0, 1, 'Leads Russia (second period)', 'Putin returned to the presidency on 7 May 2012.', strftime('%s','2012-05-07'), 'day', 0, NULL, NULL, 0, NULL, NULL),
(11, 17, 25, 'leadership', 0, 1, 'Leads the United States', 'Truman was president from Roosevelt''s death in April 1945 to January 1953, covering the division of Korea and most of the Korean War.', strftime('%s','1945-04-12'), 'day', 0, strftime('%s','1953-01-20'), 'day', 0, NULL, NULL),
(12, 20, 25, 'leadership', 0, 1, 'Leads the United States (first term)', 'Trump''s first term ran from 20 January 2017 to 20 January 2021.', strftime('%s','2017-01-20'), 'day', 0, strftime('%s','2021-01-20'), 'day', 0, NULL, NULL),
(13, 20, 25, 'leadership', 0, 1, 'Leads the United States (second term)', 'Trump began his second term on 20 January 2025.', strftime('%s','2025-01-20'), 'day', 0, NULL, NULL, 0, 79, NULL),
(14, 7, 22, 'leadership', 0, 1, 'Leads South Korea', 'Syngman Rhee was inaugurated as president on 24 July 1948 and led the Republic from its proclamation on 15 August 1948 until he resigned in April 1960.', strftime('%s','1948-08-15'), 'day', 0, strftime('%s','1960-04-26'), 'day', 0, 6, 20),
(15, 8, 22, 'leadership', 0, 1, 'Leads South Korea', 'Kim Dae-jung was president for a single five-year term, 1998–2003.', strftime('%s','1998-02-25'), 'day', 0, strftime('%s','2003-02-24'), 'day', 0, NULL, NULL),
(16, 9, 22, 'leadership', 0, 1, 'Leads South Korea', 'Moon Jae-in was president from May 2017 to May 2022.', strftime('%s','2017-05-10'), 'day', 0, strftime('%s','2022-05-09'), 'day', 0, NULL, NULL),
(17, 1, 32, 'leadership', 0, 1, 'Leads the Workers'' Party', 'Kim Il-sung headed the ruling party, as chairman and later general secretary, from its formation in 1949 until his death.', strftime('%s','1949-06-01'), 'month', 0, strftime('%s','1994-07-08'), 'day', 0, NULL, 34),
(18, 3, 32, 'leadership', 0, 1, 'Leads the Workers'' Party', 'Kim Jong-un was named First Secretary of the party on 11 April 2012 and took the title General Secretary in January 2021.', strftime('%s','2012-04-11'), 'day', 0, NULL, NULL, 0, NULL, NULL),
(19, 25, 30, 'leadership', 0, 1, 'Commands the UN Command', 'Under resolution 84 the United States appoints the commander of the UN Command, a post held by a US general ever since.', strftime('%s','1950-07-01'), 'month', 0, NULL, NULL, 0, 10, NULL),
(20, 18, 30, 'leadership', 0, 1, 'Commands UN forces', 'MacArthur was appointed UN commander in July 1950 and dismissed by Truman on 11 April 1951 after publicly disagreeing with him about widening the war into China.', strftime('%s','1950-07-01'), 'month', 0, strftime('%s','1951-04-11'), 'day', 0, NULL, NULL);

-- ---------- Family (parent -> child; siblings undirected) ----------
-- A family link is drawn from the younger person's birth until the first of
-- the two dies. Birth dates of the younger Kims are disputed (see actors).
INSERT INTO relations (id, source_id, target_id, kind, stance, directed, label, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx, begin_event_id, end_event_id) VALUES
(21, 1, 2, 'family', 0, 1, 'Father of', 'Kim Jong-il was Kim Il-sung''s eldest son, born to his first wife, Kim Jong-suk. Kim Il-sung prepared him as successor from the 1970s.', strftime('%s','1941-02-16'), 'day', 1, strftime('%s','1994-07-08'), 'day', 0, NULL, 34),
(22, 2, 3, 'family', 0, 1, 'Father of', 'Kim Jong-un is Kim Jong-il''s son by Ko Yong-hui. His birth year is disputed (1982–1984).', strftime('%s','1984-01-08'), 'day', 1, strftime('%s','2011-12-17'), 'day', 0, NULL, 46),
(23, 2, 4, 'family', 0, 1, 'Father of', 'Kim Yo-jong is Kim Jong-il''s daughter by Ko Yong-hui, and so Kim Jong-un''s full sister.', strftime('%s','1987-09-26'), 'day', 1, strftime('%s','2011-12-17'), 'day', 0, NULL, 46),
(24, 2, 6, 'family', 0, 1, 'Father of', 'Kim Jong-nam was Kim Jong-il''s eldest son, by the actress Song Hye-rim.', strftime('%s','1971-05-10'), 'day', 0, strftime('%s','2011-12-17'), 'day', 0, NULL, 46),
(25, 3, 5, 'family', 0, 1, 'Father of', 'Kim Ju-ae is Kim Jong-un''s daughter by his wife Ri Sol-ju. She is believed to have at least one sibling, but little is known for certain. Her birth year, c. 2013, is uncertain.', strftime('%s','2013-01-01'), 'year', 1, NULL, NULL, 0, NULL, NULL),
(26, 3, 4, 'family', 0, 0, 'Siblings', 'Kim Jong-un and Kim Yo-jong are brother and sister and studied in Switzerland at the same time; she has been one of his closest aides.', strftime('%s','1987-09-26'), 'day', 1, NULL, NULL, 0, NULL, NULL),
(27, 3, 6, 'family', 0, 0, 'Half-brothers', 'Kim Jong-un and Kim Jong-nam shared a father but had different mothers. They are not known ever to have met. Kim Jong-nam was killed in 2017.', strftime('%s','1984-01-08'), 'day', 1, strftime('%s','2017-02-13'), 'day', 0, NULL, 54);

-- ---------- Treaties and alliances ----------
INSERT INTO relations (id, source_id, target_id, kind, stance, directed, label, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx, begin_event_id, end_event_id) VALUES
(28, 25, 22, 'treaty', 1, 0, 'Mutual Defense Treaty', 'Signed on 1 October 1953, in force since 17 November 1954 (some sources give 18 November, the date in Korea); it has no end date.', strftime('%s','1953-10-01'), 'day', 0, NULL, NULL, 0, 15, NULL),
(29, 25, 22, 'alliance', 1, 0, 'US–South Korea alliance', 'The alliance based on the 1953 treaty, in force from 17 November 1954. Tens of thousands of US troops remain in South Korea, and in wartime a combined command would lead both armies.', strftime('%s','1954-11-17'), 'day', 0, NULL, NULL, 0, NULL, NULL),
(30, 23, 21, 'treaty', 1, 0, 'Treaty of Friendship, Cooperation and Mutual Assistance', 'Signed on 11 July 1961, in force since 10 September 1961. It is usually said to be renewed every 20 years (1981, 2001, 2021); its Article 7 says it remains in force until both parties agree otherwise.', strftime('%s','1961-07-11'), 'day', 0, NULL, NULL, 0, 22, NULL),
(31, 23, 21, 'alliance', 1, 0, 'China–North Korea alliance', 'China and North Korea call their ties as close as "lips and teeth", forged in the Korean War. The alliance has gone through cold spells: during China''s Cultural Revolution, after Beijing recognised Seoul in 1992, and in 2016–2017 when China backed UN sanctions.', strftime('%s','1950-10-19'), 'day', 0, NULL, NULL, 0, 12, NULL),
(32, 24, 21, 'treaty', 1, 0, 'Soviet–North Korean mutual-assistance treaty', 'Signed on 6 July 1961. After the Soviet Union fell, Russia gave notice in 1995 and the treaty lapsed in September 1996; some sources date its end to 1995.', strftime('%s','1961-07-06'), 'day', 0, strftime('%s','1996-09-01'), 'month', 0, 21, 36),
(33, 24, 21, 'treaty', 1, 0, 'Treaty of friendship, good-neighbourliness and cooperation', 'Signed on 9 February 2000 without any promise of military help. It was replaced when the 2024 treaty entered into force.', strftime('%s','2000-02-09'), 'day', 0, strftime('%s','2024-12-04'), 'day', 0, 37, 78),
(34, 24, 21, 'treaty', 1, 0, 'Treaty on Comprehensive Strategic Partnership', 'Signed in Pyongyang on 19 June 2024, in force since 4 December 2024. Article 4 commits each side to immediate military assistance if the other is attacked.', strftime('%s','2024-06-19'), 'day', 0, NULL, NULL, 0, 76, NULL),
(35, 24, 21, 'alliance', 1, 0, 'Russia–North Korea alliance', 'With the 2024 treaty in force, Russia and North Korea are formal allies again, for the first time since the 1990s. North Korean troops fought for Russia in the Kursk region.', strftime('%s','2024-12-04'), 'day', 0, NULL, NULL, 0, 78, NULL),
(36, 26, 22, 'treaty', 0, 0, 'Treaty on Basic Relations', 'Normalised relations in 1965. Relations have remained uneasy over the legacy of colonial rule, though the two cooperate closely with the United States on North Korea.', strftime('%s','1965-06-22'), 'day', 0, NULL, NULL, 0, 23, NULL),
(37, 23, 24, 'treaty', 1, 0, 'Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance', 'Signed in Moscow on 14 February 1950 for thirty years. It was hollow after the split; China chose not to renew it, and it expired in April 1980.', strftime('%s','1950-02-14'), 'day', 0, strftime('%s','1980-04-01'), 'month', 0, NULL, NULL),
(38, 23, 24, 'treaty', 1, 0, 'Treaty of Good-Neighbourliness and Friendly Cooperation', 'Signed on 16 July 2001 by China and the Russian Federation; it contains no mutual-defence clause. In February 2022, weeks before Russia invaded Ukraine, the two leaders declared a friendship with "no limits".', strftime('%s','2001-07-16'), 'day', 0, NULL, NULL, 0, NULL, NULL),
(39, 21, 31, 'treaty', 0, 1, 'Party to the NPT, under IAEA safeguards', 'North Korea joined the Non-Proliferation Treaty on 12 December 1985, which required IAEA inspections; it signed its safeguards agreement only in January 1992. It announced its withdrawal on 10 January 2003. Whether that withdrawal was legally valid is disputed, but North Korea has not been treated as a functioning party since.', strftime('%s','1985-12-12'), 'day', 0, strftime('%s','2003-01-10'), 'day', 0, 26, 40),
(40, 21, 31, 'membership', 0, 1, 'Member of the IAEA', 'North Korea joined the IAEA in September 1974 and withdrew from it on 13 June 1994, during the first nuclear crisis.', strftime('%s','1974-09-01'), 'month', 0, strftime('%s','1994-06-13'), 'day', 0, NULL, NULL);

-- ---------- Rivalries ----------
INSERT INTO relations (id, source_id, target_id, kind, stance, directed, label, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx, begin_event_id, end_event_id) VALUES
(41, 21, 22, 'rivalry', -1, 0, 'Rival Korean states', 'Each state claimed the whole peninsula. Periods of dialogue (1972, 1991, 2000–2007, 2018) have alternated with armed clashes; in 2024 the North dropped reunification as a goal and named the South its principal enemy.', strftime('%s','1948-09-09'), 'day', 0, NULL, NULL, 0, 7, NULL),
(42, 21, 25, 'rivalry', -1, 0, 'Enemies since the Korean War', 'The two have never had diplomatic relations and remain technically at war under the 1953 armistice. Summits in 2018–2019 briefly eased the hostility.', strftime('%s','1948-09-09'), 'day', 0, NULL, NULL, 0, NULL, NULL),
(43, 23, 24, 'rivalry', -1, 0, 'Sino-Soviet split', 'From about 1960 China and the Soviet Union were rivals, fighting border clashes in 1969. Historians differ on when the split began; relations were normalised in May 1989.', strftime('%s','1960-01-01'), 'year', 1, strftime('%s','1989-05-01'), 'month', 0, 19, 27);

-- ---------- Wars ----------
INSERT INTO relations (id, source_id, target_id, kind, stance, directed, label, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx, begin_event_id, end_event_id) VALUES
(44, 21, 22, 'war', -1, 0, 'Korean War', 'North Korea invaded the South on 25 June 1950; fighting ended with the armistice of 27 July 1953.', strftime('%s','1950-06-25'), 'day', 0, strftime('%s','1953-07-27'), 'day', 0, 9, 14),
(45, 21, 25, 'war', -1, 0, 'Korean War', 'US forces joined the war within days of the invasion, by Truman''s order of 27 June 1950 (ground troops from 30 June); the date shown is the start of the war.', strftime('%s','1950-06-25'), 'day', 0, strftime('%s','1953-07-27'), 'day', 0, 9, 14),
(46, 23, 25, 'war', -1, 0, 'Korean War', 'Chinese and US forces fought each other from October 1950 until the armistice, although neither country declared war.', strftime('%s','1950-10-19'), 'day', 0, strftime('%s','1953-07-27'), 'day', 0, 12, 14),
(47, 23, 22, 'war', -1, 0, 'Korean War', 'Chinese forces fought South Korean forces from October 1950 to the armistice.', strftime('%s','1950-10-19'), 'day', 0, strftime('%s','1953-07-27'), 'day', 0, 12, 14),
(48, 30, 21, 'war', -1, 0, 'Korean War', 'The UN Command, with troops from 16 countries sending combat forces, fought North Korea from July 1950 to the armistice, which it signed.', strftime('%s','1950-07-01'), 'month', 0, strftime('%s','1953-07-27'), 'day', 0, 10, 14),
(49, 24, 27, 'war', -1, 0, 'Russia''s full-scale war on Ukraine', 'Russia launched a full-scale invasion on 24 February 2022, after seizing Crimea and backing fighting in eastern Ukraine from 2014.', strftime('%s','2022-02-24'), 'day', 0, NULL, NULL, 0, 70, NULL),
(50, 21, 27, 'war', -1, 0, 'North Korean troops fight Ukrainian forces', 'North Korea declared no war on Ukraine, but from late 2024 its soldiers fought Ukrainian forces in Russia''s Kursk region. The start is approximate.', strftime('%s','2024-10-01'), 'month', 1, NULL, NULL, 0, 77, NULL);

-- ---------- Sanctions (sanctioning -> sanctioned) ----------
INSERT INTO relations (id, source_id, target_id, kind, stance, directed, label, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx, begin_event_id, end_event_id) VALUES
(51, 29, 21, 'sanctions', -1, 1, 'UN sanctions', 'UN sanctions on North Korea began with resolution 1718 in October 2006 and were tightened in nine resolutions up to December 2017. They remain in force, although the panel that monitored them was closed in 2024.', strftime('%s','2006-10-14'), 'day', 0, NULL, NULL, 0, 43, NULL),
(52, 23, 21, 'sanctions', -1, 1, 'Voted for UN sanctions', 'China voted for every UN sanctions resolution on North Korea from 1718 (October 2006) to 2397 (22 December 2017). The span ends in December 2017, after the last of them; since then China has backed no new sanctions and, with Russia, proposed easing them.', strftime('%s','2006-10-14'), 'day', 0, strftime('%s','2017-12-01'), 'month', 0, 43, 59),
(53, 24, 21, 'sanctions', -1, 1, 'Voted for UN sanctions', 'Russia voted for every UN sanctions resolution on North Korea from October 2006 to December 2017; the span ends in December 2017. In May 2022 it vetoed (with China) a US draft for new sanctions, and in March 2024 it vetoed the renewal of the sanctions monitoring panel.', strftime('%s','2006-10-14'), 'day', 0, strftime('%s','2017-12-01'), 'month', 0, 43, 59),
(54, 25, 21, 'sanctions', -1, 1, 'US sanctions', 'The United States has restricted trade with North Korea since the Korean War, starting with a trade embargo in December 1950, and added many further sanctions over the nuclear programme.', strftime('%s','1950-12-01'), 'month', 0, NULL, NULL, 0, NULL, NULL);

-- ---------- Aid (giver -> receiver) ----------
INSERT INTO relations (id, source_id, target_id, kind, stance, directed, label, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx, begin_event_id, end_event_id) VALUES
(55, 24, 21, 'aid', 1, 1, 'Soviet military and economic aid', 'The Soviet Union armed the North Korean army before 1950, supplied it in the war and helped rebuild industry afterwards. Aid shrank sharply in 1990–1991, when Moscow began to demand payment at world prices, and ended with the Soviet Union.', strftime('%s','1948-09-09'), 'day', 0, strftime('%s','1991-12-26'), 'day', 0, 7, 30),
(56, 23, 21, 'aid', 1, 1, 'Chinese military intervention', 'China sent its army to fight for North Korea from October 1950 and kept troops there until October 1958.', strftime('%s','1950-10-19'), 'day', 0, strftime('%s','1958-10-01'), 'month', 0, 12, 17),
(57, 23, 21, 'aid', 1, 1, 'Chinese economic aid and trade', 'From an agreement of November 1953, when China wrote off war debts and granted reconstruction aid, China has supplied North Korea with food, oil and goods. It now accounts for most of North Korea''s recorded foreign trade.', strftime('%s','1953-11-01'), 'month', 0, NULL, NULL, 0, NULL, NULL),
(58, 25, 21, 'aid', 1, 1, 'Fuel oil under the Agreed Framework', 'Under the 1994 deal, the United States arranged deliveries of heavy fuel oil through the Korean Peninsula Energy Development Organization (KEDO) from 1995; KEDO halted them in late 2002 when the deal collapsed.', strftime('%s','1995-01-01'), 'year', 0, strftime('%s','2002-11-01'), 'month', 0, 35, NULL),
(59, 22, 21, 'aid', 1, 1, 'Sunshine Policy aid', 'Under Presidents Kim Dae-jung and Roh Moo-hyun, South Korea sent fertiliser, food and investment to the North. The policy ended after Lee Myung-bak took office in 2008. The dates are approximate.', strftime('%s','1998-01-01'), 'year', 1, strftime('%s','2008-01-01'), 'year', 1, NULL, NULL),
(60, 21, 24, 'aid', 1, 1, 'Munitions, missiles and troops for Russia', 'US, South Korean and Ukrainian officials say North Korea began shipping artillery shells and later ballistic missiles to Russia around the time of the September 2023 summit, and sent troops from October 2024; Pyongyang confirmed the troops in April 2025. The start date is approximate.', strftime('%s','2023-09-01'), 'month', 1, NULL, NULL, 0, 73, NULL),
(61, 24, 21, 'aid', 1, 1, 'Russian support in return', 'Russia is reported to have sent food, oil and military technology in return for North Korea''s help, and shielded it at the UN. Details are hard to confirm; the start date is approximate.', strftime('%s','2023-09-01'), 'month', 1, NULL, NULL, 0, 73, NULL);

-- ---------- Summits ----------
INSERT INTO relations (id, source_id, target_id, kind, stance, directed, label, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx, begin_event_id, end_event_id) VALUES
(62, 3, 20, 'summit', 1, 0, 'Kim–Trump summits', 'Three meetings: Singapore (June 2018), Hanoi (February 2019) and the DMZ (June 2019). They produced no denuclearisation agreement.', strftime('%s','2018-06-12'), 'day', 0, strftime('%s','2019-06-30'), 'day', 0, 63, 68),
(63, 3, 9, 'summit', 1, 0, 'Kim–Moon summits', 'Three summits in 2018: Panmunjom (27 April), a short second meeting at Panmunjom (26 May) and Pyongyang (18–20 September). They met again briefly with Trump at the DMZ in June 2019.', strftime('%s','2018-04-27'), 'day', 0, strftime('%s','2018-09-20'), 'day', 0, 62, 64),
(64, 3, 16, 'summit', 1, 0, 'Kim–Putin summit, Vladivostok', 'First meeting of the two leaders, on 25 April 2019.', strftime('%s','2019-04-25'), 'day', 0, strftime('%s','2019-04-25'), 'day', 0, 66, 66),
(65, 3, 16, 'summit', 1, 0, 'Kim–Putin summits, Vostochny and Pyongyang', 'From the Vostochny meeting of 13 September 2023 to Putin''s visit to Pyongyang on 19 June 2024, where the new treaty was signed.', strftime('%s','2023-09-13'), 'day', 0, strftime('%s','2024-06-19'), 'day', 0, 73, 76),
(66, 3, 16, 'summit', 1, 0, 'Kim–Putin talks in Beijing', 'The two leaders held talks in Beijing on the day of the September 2025 parade.', strftime('%s','2025-09-03'), 'day', 0, strftime('%s','2025-09-03'), 'day', 0, 82, 82),
(67, 3, 12, 'summit', 1, 0, 'Kim–Xi summits', 'Five meetings: Kim''s four visits to China from March 2018 to January 2019, and Xi''s visit to Pyongyang in June 2019.', strftime('%s','2018-03-25'), 'day', 0, strftime('%s','2019-06-21'), 'day', 0, 61, 67),
(68, 3, 12, 'summit', 1, 0, 'Kim–Xi talks in Beijing', 'Kim''s fifth visit to China, for the September 2025 parade, included talks with Xi Jinping.', strftime('%s','2025-09-01'), 'month', 0, strftime('%s','2025-09-01'), 'month', 0, 82, NULL),
(69, 2, 8, 'summit', 1, 0, 'First inter-Korean summit', 'Kim Jong-il hosted Kim Dae-jung in Pyongyang on 13–15 June 2000.', strftime('%s','2000-06-13'), 'day', 0, strftime('%s','2000-06-15'), 'day', 0, 38, 38),
(70, 2, 16, 'summit', 1, 0, 'Kim Jong-il–Putin summits', 'From Putin''s visit to Pyongyang in July 2000 to Kim Jong-il''s long train journey to Moscow in August 2001.', strftime('%s','2000-07-19'), 'day', 0, strftime('%s','2001-08-01'), 'month', 0, 39, NULL),
(71, 1, 19, 'other', 1, 0, 'Carter''s mediation', 'Former US president Carter met Kim Il-sung in Pyongyang in June 1994 and brokered a freeze of the nuclear programme. He acted as a private citizen, not for the US government.', strftime('%s','1994-06-15'), 'day', 0, strftime('%s','1994-06-18'), 'day', 0, 33, 33);

-- ---------- Memberships (member -> organisation) ----------
INSERT INTO relations (id, source_id, target_id, kind, stance, directed, label, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx, begin_event_id, end_event_id) VALUES
(72, 21, 28, 'membership', 0, 1, 'UN member', 'Admitted on 17 September 1991.', strftime('%s','1991-09-17'), 'day', 0, NULL, NULL, 0, 29, NULL),
(73, 22, 28, 'membership', 0, 1, 'UN member', 'Admitted on 17 September 1991, together with North Korea.', strftime('%s','1991-09-17'), 'day', 0, NULL, NULL, 0, 29, NULL),
(74, 24, 29, 'membership', 0, 1, 'Permanent member with veto', 'The Soviet Union held a permanent seat from the Council''s first meeting; the Russian Federation took it over in December 1991.', strftime('%s','1946-01-17'), 'day', 0, NULL, NULL, 0, NULL, NULL),
(75, 23, 29, 'membership', 0, 1, 'Permanent member with veto', 'The People''s Republic took over China''s seat from the Republic of China (Taiwan) on 25 October 1971. That is why no Chinese veto could block UN action in 1950.', strftime('%s','1971-10-25'), 'day', 0, NULL, NULL, 0, NULL, NULL),
(76, 25, 29, 'membership', 0, 1, 'Permanent member with veto', 'A permanent member since the Council''s first meeting in January 1946.', strftime('%s','1946-01-17'), 'day', 0, NULL, NULL, 0, NULL, NULL),
(77, 21, 34, 'membership', 0, 1, 'Party to the Six-Party Talks', 'North Korea took part from August 2003 and walked out in April 2009.', strftime('%s','2003-08-27'), 'day', 0, strftime('%s','2009-04-01'), 'month', 0, 41, NULL),
(78, 22, 34, 'membership', 0, 1, 'Party to the Six-Party Talks', 'Took part from the first round in August 2003 until the talks broke down in 2009.', strftime('%s','2003-08-27'), 'day', 0, strftime('%s','2009-04-01'), 'month', 0, 41, NULL),
(79, 23, 34, 'membership', 0, 1, 'Host of the Six-Party Talks', 'China hosted every round, in Beijing.', strftime('%s','2003-08-27'), 'day', 0, strftime('%s','2009-04-01'), 'month', 0, 41, NULL),
(80, 25, 34, 'membership', 0, 1, 'Party to the Six-Party Talks', 'Took part from the first round in August 2003 until the talks broke down in 2009.', strftime('%s','2003-08-27'), 'day', 0, strftime('%s','2009-04-01'), 'month', 0, 41, NULL),
(81, 24, 34, 'membership', 0, 1, 'Party to the Six-Party Talks', 'Took part from the first round in August 2003 until the talks broke down in 2009.', strftime('%s','2003-08-27'), 'day', 0, strftime('%s','2009-04-01'), 'month', 0, 41, NULL),
(82, 26, 34, 'membership', 0, 1, 'Party to the Six-Party Talks', 'Took part from the first round in August 2003 until the talks broke down in 2009; Japan also pressed the issue of its citizens abducted by North Korea.', strftime('%s','2003-08-27'), 'day', 0, strftime('%s','2009-04-01'), 'month', 0, 41, NULL);

-- ---------- Other diplomatic ties ----------
INSERT INTO relations (id, source_id, target_id, kind, stance, directed, label, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx, begin_event_id, end_event_id) VALUES
(83, 23, 22, 'other', 0, 0, 'Diplomatic relations and trade', 'Relations since August 1992; China became South Korea''s biggest trading partner. Ties cooled in 2016–2017 when Seoul allowed a US missile-defence system (THAAD) to be deployed.', strftime('%s','1992-08-24'), 'day', 0, NULL, NULL, 0, 31, NULL),
(84, 24, 22, 'other', 0, 0, 'Diplomatic relations', 'Relations since 30 September 1990. They cooled after 2022, when South Korea joined Western sanctions on Russia, and again over the 2024 Russia–North Korea treaty.', strftime('%s','1990-09-30'), 'day', 0, NULL, NULL, 0, 28, NULL);

-- =====================================================================
-- Eras
-- =====================================================================
INSERT INTO eras (id, title, description, colour, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES
(1, 'Liberation and division', 'Japan''s defeat freed Korea but left it occupied by Soviet troops in the North and US troops in the South. By 1948 each zone had its own state, each claiming the whole peninsula.', '#cfd8dc', strftime('%s','1945-08-15'), 'day', 0, strftime('%s','1950-06-25'), 'day', 0),
(2, 'The Korean War', 'North Korea''s invasion drew in the United States, a UN force and China, with Soviet backing for the North. The war ended in an armistice along roughly the pre-war line.', '#ffcdd2', strftime('%s','1950-06-25'), 'day', 0, strftime('%s','1953-07-27'), 'day', 0),
(3, 'Cold War alliances and the Sino-Soviet split', 'Both Koreas were tied to great-power allies by treaties. North Korea used the quarrel between Moscow and Beijing to win aid from both, until the split ended in 1989 and the Soviet Union collapsed in 1991.', '#fff9c4', strftime('%s','1953-07-27'), 'day', 0, strftime('%s','1991-12-26'), 'day', 0),
(4, 'After the Soviet Union: crisis and engagement', 'Having lost its Soviet patron, North Korea faced famine and turned to its nuclear programme. The period saw the first nuclear crisis, the Agreed Framework, the first inter-Korean summit and the Six-Party Talks.', '#dcedc8', strftime('%s','1991-12-26'), 'day', 0, strftime('%s','2006-10-09'), 'day', 0),
(5, 'Nuclear tests and UN sanctions', 'North Korea carried out six nuclear tests and built long-range missiles. The Security Council, with China and Russia voting in favour, answered with ever tighter sanctions.', '#ffe0b2', strftime('%s','2006-10-09'), 'day', 0, strftime('%s','2018-01-01'), 'day', 0),
(6, 'Summit diplomacy', 'From Kim Jong-un''s New Year speech of 2018 to the DMZ meeting of June 2019, the North''s leader met the presidents of South Korea, the United States, China and Russia. No deal on nuclear weapons was reached.', '#bbdefb', strftime('%s','2018-01-01'), 'day', 0, strftime('%s','2019-06-30'), 'day', 0),
(7, 'Stalemate and closed borders', 'Talks stalled, and from January 2020 North Korea sealed its borders against COVID-19. After Russia invaded Ukraine in 2022, the UN Security Council could no longer agree on North Korea.', '#e1bee7', strftime('%s','2019-06-30'), 'day', 0, strftime('%s','2023-09-13'), 'day', 0),
(8, 'The Moscow–Pyongyang alignment', 'North Korea supplied Russia''s war against Ukraine with munitions and troops and signed a mutual-defence treaty with Moscow, while China drew closer again. Both great powers stopped pressing North Korea to give up its nuclear weapons.', '#f8bbd0', strftime('%s','2023-09-13'), 'day', 0, strftime('%s','2025-09-03'), 'day', 0);

-- =====================================================================
-- Series: estimated North Korean nuclear warheads
-- =====================================================================
INSERT INTO series (id, name, unit, description, actor_id) VALUES
(1, 'Estimated North Korean nuclear warheads', 'warheads', 'Nobody outside North Korea knows how many nuclear weapons it has: every number here is an outside estimate, as of January of each year unless the note says otherwise. The line follows the SIPRI Yearbook: up to 2021 the middle of SIPRI''s range, from 2022 the warheads SIPRI believes are actually assembled. The shaded band runs from the lowest to the highest published estimate we could check for that year (SIPRI, the Bulletin of the Atomic Scientists'' Nuclear Notebook, the Institute for Science and International Security, South Korea''s Korea Institute for Defense Analyses), so a wide band means the experts disagree. Be careful: most estimates before 2022, and the top of the band in most years, count how many weapons the plutonium and enriched uranium could make, not weapons known to be built. From 2022 SIPRI counts assembled warheads only, so the fall from 2021 to 2022 is a change of method, not fewer weapons. The first point, from mid-2006, comes from before the first test of 9 October 2006 and is the middle of the only estimate we found. Years with no point (2007–2012) are gaps in what we could confirm, not years without weapons: SIPRI gave no count for North Korea in 2011.', 21);

INSERT INTO series_points (id, series_id, time, precision, value, low, high, note) VALUES
(9, 1, strftime('%s','2006-06-01'), 'month', 8.5, 4, 13, 'June 2006, four months before the first nuclear test. The Institute for Science and International Security (David Albright and Paul Brannan) estimated enough separated plutonium for about 4–13 weapons; the value is the middle of that range. No SIPRI figure was found for this date. This counts material, not weapons known to exist.'),
(10, 1, strftime('%s','2013-01-01'), 'year', 7, 6, 8, 'SIPRI: 6–8 warheads in 2013, as reported by The Guardian from SIPRI''s figures. No other estimate for this year was checked.'),
(11, 1, strftime('%s','2014-01-01'), 'year', 7, 6, 8, 'SIPRI (June 2014): 6–8 warheads, worked out from the plutonium North Korea had separated. SIPRI had no firm evidence that they were built or small enough for a missile.'),
(12, 1, strftime('%s','2015-01-01'), 'year', 7, 6, 16, 'SIPRI: 6–8 warheads (as recalled in its 2016 report). The Institute for Science and International Security put the total higher, at 10–16 weapons at the end of 2014, from its estimate of plutonium and weapon-grade uranium; that is the top of the band.'),
(13, 1, strftime('%s','2016-01-01'), 'year', 10, 10, 10, 'SIPRI: about 10 warheads (reported as "about 10" and as "up to 10"), judged from the fissile material. No other estimate as of January 2016 was found; by June 2016 the Institute for Science and International Security estimated about 13–21.'),
(14, 1, strftime('%s','2017-01-01'), 'year', 15, 10, 30, 'SIPRI: enough fissile material for about 10–20 warheads. The Institute for Science and International Security estimated 13–30 weapons at the end of 2016 (the top of the band), the two ends being the cases of one or two uranium enrichment plants. Both count what the material could make.'),
(1, 1, strftime('%s','2018-01-01'), 'year', 15, 10, 60, 'SIPRI Yearbook 2018: North Korea may have produced 10–20 weapons, judged from its plutonium. The Bulletin''s Nuclear Notebook (January 2018) also gave perhaps 10–20 assembled, but fissile material for perhaps 30–60: that material figure is the top of the band.'),
(2, 1, strftime('%s','2019-01-01'), 'year', 25, 20, 30, 'SIPRI Yearbook 2019: 20–30 warheads. No other estimate for this year was checked.'),
(3, 1, strftime('%s','2020-01-01'), 'year', 35, 30, 40, 'SIPRI Yearbook 2020: 30–40 warheads. No other estimate as of January 2020 was checked.'),
(4, 1, strftime('%s','2021-01-01'), 'year', 45, 40, 50, 'SIPRI Yearbook 2021: 40–50 warheads. This range, like the earlier ones, described the warheads North Korea could have built.'),
(5, 1, strftime('%s','2022-01-01'), 'year', 20, 20, 55, 'SIPRI Yearbook 2022: about 20 assembled warheads, with fissile material for about 45–55 (the top of the band). SIPRI now counted assembled warheads only, so the drop from 2021 is a change of method.'),
(6, 1, strftime('%s','2023-01-01'), 'year', 30, 30, 90, 'SIPRI Yearbook 2023: about 30 assembled warheads, with fissile material for 50–70. In January 2023 South Korea''s state-run Korea Institute for Defense Analyses put the number the material would yield at 80–90 (the top of the band); in April the Institute for Science and International Security estimated 35–65 at the end of 2022, about 45 on average. All but SIPRI''s 30 count material, not assembled warheads.'),
(7, 1, strftime('%s','2024-01-01'), 'year', 50, 50, 90, 'SIPRI Yearbook 2024: about 50 assembled, fissile material for up to about 90. The Bulletin''s Nuclear Notebook (July 2024) gave the same picture: probably around 50 assembled, material for up to 90. SIPRI noted that official estimates (South Korea 2018, US 2020) ranged from 20 to 60.'),
(8, 1, strftime('%s','2025-01-01'), 'year', 50, 50, 90, 'SIPRI Yearbook 2025: about 50 assembled, fissile material for up to about 90 in total. The seed article''s "up to 90 nuclear warheads" refers to this material-based upper figure, not to warheads already built.');

-- =====================================================================
-- Tour
-- =====================================================================
INSERT INTO tours (id, title, description) VALUES
(1, 'Korea between the great powers, 1945–2025', 'A classroom walk-through in thirteen stops, from Korea''s liberation in 1945 to the Beijing parade of September 2025. Each caption is written to be read aloud.');

INSERT INTO tour_steps (id, tour_id, position, event_id, window_start, window_end, cursor_time, focus_actor_id, caption) VALUES
(1, 1, 1, 1, strftime('%s','1944-01-01'), strftime('%s','1950-01-01'), strftime('%s','1945-08-15'), 26, 'August 1945. Japan surrenders, and 35 years of Japanese colonial rule over Korea end. But Soviet troops hold the North and American troops the South, on either side of a line drawn in a hurry along the 38th parallel. Within three years there are two Korean states.'),
(2, 1, 2, 9, strftime('%s','1949-01-01'), strftime('%s','1955-01-01'), strftime('%s','1950-06-25'), 21, 'June 1950. North Korea invades the South with Stalin''s approval. The United States leads a UN force to defend South Korea; in October China sends its own army to save the North. After three years and millions of deaths, an armistice in July 1953 stops the fighting near where it began. No peace treaty has ever been signed.'),
(3, 1, 3, 18, strftime('%s','1956-01-01'), strftime('%s','1963-01-01'), strftime('%s','1959-10-01'), 1, 'Beijing, 1 October 1959: the People''s Republic of China turns ten. Mao Zedong hosts Nikita Khrushchev, and Kim Il-sung is there too. Behind the celebrations, Mao and Khrushchev quarrel: the Sino-Soviet split is opening. Remember this picture of three leaders together; we will see a similar one in 2025.'),
(4, 1, 4, 22, strftime('%s','1958-01-01'), strftime('%s','1965-01-01'), strftime('%s','1961-07-11'), 21, 'July 1961. Within five days Kim Il-sung signs mutual-defence treaties with both Moscow (6 July) and Beijing (11 July). North Korea plays its two quarrelling patrons against each other to win aid from both. The Chinese treaty is still in force; the Soviet one lapsed in 1996.'),
(5, 1, 5, 42, strftime('%s','2002-01-01'), strftime('%s','2010-01-01'), strftime('%s','2006-10-09'), 21, 'October 2006. After leaving the Non-Proliferation Treaty in 2003, North Korea tests its first nuclear device. The blast is small, but it makes North Korea a nuclear-armed state.'),
(6, 1, 6, 43, strftime('%s','2005-01-01'), strftime('%s','2009-01-01'), strftime('%s','2006-10-14'), 29, 'Five days later the UN Security Council votes 15 to 0 for Resolution 1718, the first UN sanctions on North Korea. Notice that China and Russia, North Korea''s old allies, vote in favour.'),
(7, 1, 7, 47, strftime('%s','2010-01-01'), strftime('%s','2014-01-01'), strftime('%s','2011-12-30'), 3, 'December 2011. Kim Jong-il dies on 17 December, and his young son Kim Jong-un becomes the third Kim to rule. On 30 December he is named Supreme Commander of the army. He will speed up the nuclear and missile programmes.'),
(8, 1, 8, 59, strftime('%s','2015-01-01'), strftime('%s','2019-01-01'), strftime('%s','2017-12-22'), 29, 'By 2017 North Korea has tested a much larger bomb and a missile that could reach the United States. In December the Security Council again votes unanimously, for Resolution 2397, cutting North Korea''s oil imports. It is the last time China and Russia back new sanctions.'),
(9, 1, 9, 63, strftime('%s','2017-06-01'), strftime('%s','2020-01-01'), strftime('%s','2018-06-12'), 20, 'June 2018, Singapore. After a year of threats, Kim Jong-un and Donald Trump shake hands: the first meeting ever between a North Korean leader and a sitting US president. They promise to work towards denuclearisation, but do not say how.'),
(10, 1, 10, 65, strftime('%s','2018-01-01'), strftime('%s','2020-01-01'), strftime('%s','2019-02-27'), 3, 'February 2019, Hanoi. The second Kim–Trump summit ends early without a deal: North Korea wants most sanctions lifted, the United States wants more than the closure of one nuclear site. A brief meeting at the DMZ in June 2019 is the last.'),
(11, 1, 11, 76, strftime('%s','2022-01-01'), strftime('%s','2026-01-01'), strftime('%s','2024-06-19'), 24, 'June 2024. Russia, at war with Ukraine and short of ammunition, has found a supplier in North Korea. Putin flies to Pyongyang and signs a treaty promising military help if either side is attacked. Months later North Korean soldiers are fighting for Russia in the Kursk region.'),
(12, 1, 12, 80, strftime('%s','2024-01-01'), strftime('%s','2026-01-01'), strftime('%s','2025-03-25'), 25, 'March 2025. The US intelligence community''s yearly threat assessment concludes that Kim Jong-un sees nuclear weapons as essential to his regime''s security and has no intention of negotiating them away. Ask: what had changed since Singapore?'),
(13, 1, 13, 82, strftime('%s','2024-06-01'), strftime('%s','2026-01-01'), strftime('%s','2025-09-03'), 3, 'Beijing, 3 September 2025: a parade for the 80th anniversary of victory over Japan. Kim Jong-un stands with Xi Jinping and Vladimir Putin, as his grandfather stood with Mao and Khrushchev in 1959. This time no one talks about North Korea giving up its nuclear weapons. (Our seed article says "85th anniversary": check the arithmetic, 1945 to 2025, and you will find its error.)');

-- =====================================================================
-- Citations: every item cites at least one source
-- =====================================================================
-- Events
INSERT INTO citations (id, source_id, item_kind, item_id, locator, note) VALUES
    (1, 3, 'event', 1, '', ''),
    (2, 106, 'event', 1, '', ''),
    (3, 2, 'event', 2, '', ''),
    (4, 3, 'event', 3, '', ''),
    (5, 83, 'event', 3, '', ''),
    (6, 12, 'event', 4, '', ''),
    (7, 2, 'event', 5, '', ''),
    (8, 25, 'event', 6, '', ''),
    (9, 23, 'event', 6, '', ''),
    (10, 24, 'event', 7, '', ''),
    (11, 12, 'event', 7, '', ''),
    (12, 96, 'event', 8, '', ''),
    (13, 1, 'event', 9, '', ''),
    (14, 4, 'event', 9, '', ''),
    (15, 1, 'event', 10, '', ''),
    (16, 33, 'event', 10, '', ''),
    (17, 86, 'event', 11, '', ''),
    (18, 1, 'event', 12, '', ''),
    (19, 95, 'event', 12, '', ''),
    (20, 19, 'event', 13, '', ''),
    (21, 5, 'event', 14, '', ''),
    (22, 110, 'event', 14, '', ''),
    (23, 6, 'event', 15, '', ''),
    (24, 87, 'event', 16, '', ''),
    (25, 95, 'event', 17, '', ''),
    (26, 11, 'event', 18, '', ''),
    (27, 10, 'event', 18, '', 'Shows Kim Il-sung preparing to go to Beijing for the anniversary.'),
    (28, 65, 'event', 18, '', 'The seed article likens the 2025 gathering to this one.'),
    (29, 9, 'event', 19, '', ''),
    (30, 88, 'event', 20, '', ''),
    (31, 23, 'event', 20, '', ''),
    (32, 8, 'event', 21, '', ''),
    (33, 54, 'event', 21, '', ''),
    (34, 7, 'event', 22, '', ''),
    (35, 89, 'event', 23, '', ''),
    (36, 90, 'event', 24, '', ''),
    (37, 17, 'event', 25, '', ''),
    (38, 76, 'event', 26, '', ''),
    (39, 38, 'event', 26, '', ''),
    (40, 9, 'event', 27, '', ''),
    (41, 81, 'event', 27, '', ''),
    (42, 92, 'event', 28, '', ''),
    (43, 77, 'event', 29, '', ''),
    (44, 29, 'event', 30, '', ''),
    (45, 91, 'event', 31, '', ''),
    (46, 38, 'event', 32, '', ''),
    (47, 36, 'event', 32, '', ''),
    (48, 84, 'event', 33, '', ''),
    (49, 36, 'event', 33, '', ''),
    (50, 12, 'event', 34, '', ''),
    (51, 36, 'event', 35, '', ''),
    (52, 54, 'event', 36, '', 'Secondary sources date the end of the 1961 treaty to 1995 (notice) or 1996 (lapse).'),
    (53, 54, 'event', 37, '', ''),
    (54, 78, 'event', 38, '', ''),
    (55, 79, 'event', 38, '', ''),
    (56, 54, 'event', 39, '', ''),
    (57, 20, 'event', 39, '', ''),
    (58, 38, 'event', 40, '', ''),
    (59, 76, 'event', 40, '', ''),
    (60, 37, 'event', 41, '', ''),
    (61, 39, 'event', 42, '', ''),
    (62, 40, 'event', 43, '', 'Vote 15-0.'),
    (63, 99, 'event', 44, '', ''),
    (64, 41, 'event', 45, '', ''),
    (65, 47, 'event', 46, '', ''),
    (66, 13, 'event', 46, '', ''),
    (67, 48, 'event', 47, '', ''),
    (68, 14, 'event', 47, '', ''),
    (69, 18, 'event', 48, '', ''),
    (70, 100, 'event', 49, '', ''),
    (71, 101, 'event', 50, '', ''),
    (72, 42, 'event', 51, '', ''),
    (73, 102, 'event', 52, '', ''),
    (74, 43, 'event', 53, '', ''),
    (75, 98, 'event', 54, '', ''),
    (76, 44, 'event', 55, '', ''),
    (77, 103, 'event', 56, '', ''),
    (78, 45, 'event', 57, '', ''),
    (79, 97, 'event', 58, '', ''),
    (80, 46, 'event', 59, '', ''),
    (81, 15, 'event', 60, '', ''),
    (82, 105, 'event', 60, '', ''),
    (83, 55, 'event', 61, '', ''),
    (84, 14, 'event', 61, '', ''),
    (85, 51, 'event', 62, '', ''),
    (86, 49, 'event', 63, '', ''),
    (87, 53, 'event', 64, '', ''),
    (88, 50, 'event', 65, '', ''),
    (89, 54, 'event', 66, '', ''),
    (90, 55, 'event', 67, '', ''),
    (91, 52, 'event', 68, '', ''),
    (92, 57, 'event', 69, '', ''),
    (93, 15, 'event', 69, '', ''),
    (94, 107, 'event', 70, '', ''),
    (95, 38, 'event', 71, '', ''),
    (96, 16, 'event', 72, '', ''),
    (97, 54, 'event', 73, '', ''),
    (98, 57, 'event', 74, '', ''),
    (99, 58, 'event', 75, '', 'Vote 13-1-1.'),
    (100, 54, 'event', 76, '', ''),
    (101, 59, 'event', 76, '', ''),
    (102, 54, 'event', 77, '', ''),
    (103, 60, 'event', 77, '', ''),
    (104, 59, 'event', 78, '', ''),
    (105, 21, 'event', 79, '', ''),
    (106, 61, 'event', 80, 'North Korea', ''),
    (107, 62, 'event', 80, '', ''),
    (108, 60, 'event', 81, '', ''),
    (109, 63, 'event', 82, '', 'Date, the 80th-anniversary occasion and the foreign leaders present.'),
    (110, 64, 'event', 82, '', ''),
    (111, 65, 'event', 82, '', 'The articles "85th anniversary" is an error for 80th.');
-- Actors
INSERT INTO citations (id, source_id, item_kind, item_id, locator, note) VALUES
    (112, 12, 'actor', 1, '', ''),
    (113, 13, 'actor', 2, '', ''),
    (114, 14, 'actor', 3, '', ''),
    (115, 15, 'actor', 4, '', ''),
    (116, 16, 'actor', 5, '', ''),
    (117, 85, 'actor', 6, '', ''),
    (118, 23, 'actor', 7, '', ''),
    (119, 78, 'actor', 8, '', ''),
    (120, 22, 'actor', 9, '', ''),
    (121, 17, 'actor', 10, '', ''),
    (122, 80, 'actor', 11, '', ''),
    (123, 18, 'actor', 12, '', ''),
    (124, 19, 'actor', 13, '', ''),
    (125, 11, 'actor', 14, '', ''),
    (126, 81, 'actor', 15, '', ''),
    (127, 20, 'actor', 16, '', ''),
    (128, 82, 'actor', 17, '', ''),
    (129, 83, 'actor', 18, '', ''),
    (130, 84, 'actor', 19, '', ''),
    (131, 21, 'actor', 20, '', ''),
    (132, 24, 'actor', 21, '', ''),
    (133, 25, 'actor', 22, '', ''),
    (134, 26, 'actor', 23, '', ''),
    (135, 27, 'actor', 24, '', ''),
    (136, 28, 'actor', 24, '', ''),
    (137, 30, 'actor', 25, '', ''),
    (138, 31, 'actor', 26, '', ''),
    (139, 93, 'actor', 27, '', ''),
    (140, 94, 'actor', 28, '', ''),
    (141, 32, 'actor', 29, '', ''),
    (142, 33, 'actor', 30, '', ''),
    (143, 34, 'actor', 31, '', ''),
    (144, 35, 'actor', 32, '', ''),
    (145, 95, 'actor', 33, '', ''),
    (146, 37, 'actor', 34, '', '');
-- Actor names
INSERT INTO citations (id, source_id, item_kind, item_id, locator, note) VALUES
    (147, 27, 'actor_name', 1, '', ''),
    (148, 29, 'actor_name', 1, '', ''),
    (149, 28, 'actor_name', 2, '', ''),
    (150, 29, 'actor_name', 2, '', '');
-- Relations
INSERT INTO citations (id, source_id, item_kind, item_id, locator, note) VALUES
    (154, 12, 'relation', 1, '', ''),
    (155, 13, 'relation', 2, '', ''),
    (156, 14, 'relation', 3, '', ''),
    (157, 48, 'relation', 3, '', ''),
    (158, 17, 'relation', 4, '', ''),
    (159, 18, 'relation', 5, '', ''),
    (160, 19, 'relation', 6, '', ''),
    (161, 11, 'relation', 7, '', ''),
    (162, 81, 'relation', 8, '', ''),
    (163, 20, 'relation', 9, '', ''),
    (164, 20, 'relation', 10, '', ''),
    (165, 82, 'relation', 11, '', ''),
    (166, 21, 'relation', 12, '', ''),
    (167, 21, 'relation', 13, '', ''),
    (168, 23, 'relation', 14, '', ''),
    (169, 78, 'relation', 15, '', ''),
    (170, 22, 'relation', 16, '', ''),
    (171, 35, 'relation', 17, '', ''),
    (172, 12, 'relation', 17, '', ''),
    (173, 35, 'relation', 18, '', ''),
    (174, 14, 'relation', 18, '', ''),
    (175, 33, 'relation', 19, '', ''),
    (176, 83, 'relation', 20, '', ''),
    (177, 12, 'relation', 21, '', ''),
    (178, 13, 'relation', 21, '', ''),
    (179, 14, 'relation', 22, '', ''),
    (180, 15, 'relation', 23, '', ''),
    (181, 85, 'relation', 24, '', ''),
    (182, 16, 'relation', 25, '', ''),
    (183, 15, 'relation', 26, '', ''),
    (184, 85, 'relation', 27, '', ''),
    (185, 6, 'relation', 28, '', ''),
    (186, 6, 'relation', 29, '', ''),
    (187, 7, 'relation', 30, '', ''),
    (188, 55, 'relation', 31, '', ''),
    (189, 8, 'relation', 32, '', ''),
    (190, 54, 'relation', 32, '', ''),
    (191, 54, 'relation', 33, '', ''),
    (192, 59, 'relation', 33, '', ''),
    (193, 54, 'relation', 34, '', ''),
    (194, 59, 'relation', 34, '', ''),
    (195, 59, 'relation', 35, '', ''),
    (196, 60, 'relation', 35, '', ''),
    (197, 89, 'relation', 36, '', ''),
    (198, 108, 'relation', 37, '', ''),
    (199, 104, 'relation', 38, '', ''),
    (200, 38, 'relation', 39, '', ''),
    (201, 76, 'relation', 39, '', ''),
    (202, 38, 'relation', 40, '', ''),
    (203, 57, 'relation', 41, '', ''),
    (204, 56, 'relation', 42, '', ''),
    (205, 9, 'relation', 43, '', ''),
    (206, 1, 'relation', 44, '', ''),
    (207, 1, 'relation', 45, '', ''),
    (208, 1, 'relation', 46, '', ''),
    (209, 1, 'relation', 47, '', ''),
    (210, 33, 'relation', 48, '', ''),
    (211, 1, 'relation', 48, '', ''),
    (212, 107, 'relation', 49, '', ''),
    (213, 60, 'relation', 50, '', ''),
    (214, 40, 'relation', 51, '', ''),
    (215, 46, 'relation', 51, '', ''),
    (216, 58, 'relation', 51, '', ''),
    (217, 40, 'relation', 52, '', ''),
    (218, 46, 'relation', 52, '', 'Last resolution China voted for; the relation ends December 2017.'),
    (219, 55, 'relation', 52, '', ''),
    (220, 40, 'relation', 53, '', ''),
    (221, 46, 'relation', 53, '', 'Last resolution Russia voted for; the relation ends December 2017.'),
    (222, 58, 'relation', 53, '', ''),
    (223, 54, 'relation', 53, '', ''),
    (224, 56, 'relation', 54, '', ''),
    (225, 27, 'relation', 55, '', ''),
    (226, 54, 'relation', 55, '', ''),
    (227, 95, 'relation', 56, '', ''),
    (228, 55, 'relation', 57, '', ''),
    (229, 36, 'relation', 58, '', ''),
    (230, 109, 'relation', 58, '', ''),
    (231, 79, 'relation', 59, '', ''),
    (232, 54, 'relation', 60, '', ''),
    (233, 60, 'relation', 60, '', ''),
    (234, 54, 'relation', 61, '', ''),
    (235, 58, 'relation', 61, '', ''),
    (236, 49, 'relation', 62, '', ''),
    (237, 50, 'relation', 62, '', ''),
    (238, 52, 'relation', 62, '', ''),
    (239, 51, 'relation', 63, '', ''),
    (240, 53, 'relation', 63, '', ''),
    (241, 54, 'relation', 64, '', ''),
    (242, 54, 'relation', 65, '', ''),
    (243, 63, 'relation', 66, '', ''),
    (244, 55, 'relation', 67, '', ''),
    (245, 63, 'relation', 68, '', ''),
    (246, 65, 'relation', 68, '', ''),
    (247, 78, 'relation', 69, '', ''),
    (248, 54, 'relation', 70, '', ''),
    (249, 84, 'relation', 71, '', ''),
    (250, 77, 'relation', 72, '', ''),
    (251, 77, 'relation', 73, '', ''),
    (252, 32, 'relation', 74, '', ''),
    (253, 32, 'relation', 75, '', ''),
    (254, 32, 'relation', 76, '', ''),
    (255, 37, 'relation', 77, '', ''),
    (256, 37, 'relation', 78, '', ''),
    (257, 37, 'relation', 79, '', ''),
    (258, 37, 'relation', 80, '', ''),
    (259, 37, 'relation', 81, '', ''),
    (260, 37, 'relation', 82, '', ''),
    (261, 91, 'relation', 83, '', ''),
    (262, 92, 'relation', 84, '', '');
-- Eras
INSERT INTO citations (id, source_id, item_kind, item_id, locator, note) VALUES
    (263, 2, 'era', 1, '', ''),
    (264, 1, 'era', 2, '', ''),
    (265, 4, 'era', 2, '', ''),
    (266, 9, 'era', 3, '', ''),
    (267, 27, 'era', 3, '', ''),
    (268, 38, 'era', 4, '', ''),
    (269, 36, 'era', 4, '', ''),
    (270, 38, 'era', 5, '', ''),
    (271, 56, 'era', 6, '', ''),
    (272, 57, 'era', 6, '', ''),
    (273, 57, 'era', 7, '', ''),
    (274, 54, 'era', 7, '', ''),
    (275, 54, 'era', 8, '', ''),
    (276, 61, 'era', 8, '', '');
-- Series
INSERT INTO citations (id, source_id, item_kind, item_id, locator, note) VALUES
    (277, 70, 'series', 1, 'Section IX', ''),
    (278, 74, 'series', 1, '', ''),
    (306, 124, 'series', 1, '', 'SIPRI gave no count for North Korea in its 2011 Yearbook.'),
    (307, 112, 'series', 1, '', 'SIPRI figures for 2013 and 2016 in one place.');
-- Series points
INSERT INTO citations (id, source_id, item_kind, item_id, locator, note) VALUES
    (279, 66, 'series_point', 1, 'Section IX', ''),
    (280, 75, 'series_point', 1, '', 'Source of the 30–60 (fissile material) top of the band.'),
    (281, 67, 'series_point', 2, '', ''),
    (308, 121, 'series_point', 2, '', 'Recalls the 2019 estimate of 20–30.'),
    (282, 68, 'series_point', 3, '', ''),
    (309, 121, 'series_point', 3, '', ''),
    (283, 69, 'series_point', 4, '', ''),
    (284, 70, 'series_point', 5, 'Section IX', ''),
    (285, 71, 'series_point', 6, '', ''),
    (310, 123, 'series_point', 6, '', 'Korea Institute for Defense Analyses: 80–90, the top of the band.'),
    (311, 122, 'series_point', 6, '', 'End of 2022: 35–65, about 45 on average.'),
    (286, 72, 'series_point', 7, '', ''),
    (287, 74, 'series_point', 7, '', ''),
    (288, 73, 'series_point', 8, '', ''),
    (289, 65, 'series_point', 8, '', 'Source of the "up to 90" figure quoted in the seed article.'),
    (312, 111, 'series_point', 9, '', 'ISIS study of June 2006: 4–13 weapons'' worth of separated plutonium.'),
    (313, 112, 'series_point', 10, '', ''),
    (314, 113, 'series_point', 11, '', ''),
    (315, 114, 'series_point', 12, '', 'SIPRI''s 6–8 of the year before.'),
    (316, 116, 'series_point', 12, '', '10–16 weapons at the end of 2014.'),
    (317, 117, 'series_point', 12, '', ''),
    (318, 115, 'series_point', 13, '', ''),
    (319, 114, 'series_point', 13, '', ''),
    (320, 118, 'series_point', 14, '', ''),
    (321, 120, 'series_point', 14, '', ''),
    (322, 119, 'series_point', 14, '', '13–30 at the end of 2016, the top of the band.');
-- Tour
INSERT INTO citations (id, source_id, item_kind, item_id, locator, note) VALUES
    (290, 1, 'tour', 1, '', ''),
    (291, 61, 'tour', 1, '', ''),
    (292, 63, 'tour', 1, '', '');

-- =====================================================================
-- The ruling family as one lane: a group whose members are its rulers
-- =====================================================================
INSERT INTO actors (id, name, native_name, kind, colour, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx) VALUES (35, 'Kim dynasty', '백두혈통', 'group', '#5d4037', 'The Kim family has ruled North Korea for three generations: Kim Il-sung, his son Kim Jong-il and his grandson Kim Jong-un. Outside the country it is often called the Kim dynasty; North Korea''s own term is the "Paektu bloodline" (백두혈통), after the sacred mountain the family is tied to in official stories. Grouping the three rulers lets the timeline show the succession in one lane.', strftime('%s','1948-09-09'), 'day', 0, NULL, NULL, 0);
INSERT INTO relations (id, source_id, target_id, kind, stance, directed, label, description, start_time, start_precision, start_approx, end_time, end_precision, end_approx, begin_event_id, end_event_id) VALUES
    (85, 1, 35, 'membership', 1, 1, 'First ruler', 'Kim Il-sung led North Korea from its founding in 1948 until his death in 1994.', strftime('%s','1948-09-09'), 'day', 0, strftime('%s','1994-07-08'), 'day', 0, NULL, NULL),
    (86, 2, 35, 'membership', 1, 1, 'Second ruler', 'Kim Jong-il succeeded his father in 1994 and ruled until his death in December 2011.', strftime('%s','1994-07-08'), 'day', 0, strftime('%s','2011-12-17'), 'day', 0, NULL, 46),
    (87, 3, 35, 'membership', 1, 1, 'Third ruler', 'Kim Jong-un succeeded his father in December 2011.', strftime('%s','2011-12-30'), 'day', 0, NULL, NULL, 0, 47, NULL);

-- =====================================================================
-- Links between events: what led to what, and what answered what
-- =====================================================================
INSERT INTO event_links (id, from_event_id, to_event_id, kind) VALUES
    (1, 43, 42, 'responds_to'),
    (2, 57, 56, 'responds_to'),
    (3, 59, 58, 'responds_to'),
    (4, 46, 47, 'leads_to'),
    (5, 63, 65, 'leads_to'),
    (6, 76, 78, 'leads_to'),
    (7, 77, 81, 'leads_to');

INSERT INTO citations (id, source_id, item_kind, item_id, locator, note) VALUES
    (293, 12, 'actor', 35, '', ''),
    (294, 13, 'actor', 35, '', ''),
    (295, 14, 'actor', 35, '', ''),
    (296, 12, 'relation', 85, '', ''),
    (297, 13, 'relation', 86, '', ''),
    (298, 14, 'relation', 87, '', ''),
    (299, 40, 'event_link', 1, '', ''),
    (300, 45, 'event_link', 2, '', ''),
    (301, 46, 'event_link', 3, '', ''),
    (302, 48, 'event_link', 4, '', ''),
    (303, 50, 'event_link', 5, '', ''),
    (304, 59, 'event_link', 6, '', ''),
    (305, 60, 'event_link', 7, '', '');

headline: Saudi Arabia reports MERS cluster at Riyadh hospital, WHO says risk is low
caption: Camels graze on a farm outside Buraidah
credit: Photo: Huda al-Zahrani / Wireline
byline: Wireline Middle East desk
teaser: Bahrain opens new clinic | Manama hospital adds 200 beds

Saudi Arabia's Ministry of Health has confirmed seven cases of Middle East respiratory syndrome at a hospital in Riyadh, including four nurses, the World Health Organization said on Thursday, the largest cluster of the disease in the kingdom since 2019.

Two of the patients have died. The first case was a 56-year-old man from Hail who had been in contact with camels, the main source of the virus, before he was admitted with pneumonia. The other six caught it in the hospital, health officials said.

The WHO's Eastern Mediterranean regional office in Cairo said the risk of wider spread was low because all contacts had been traced and tested, but urged hospitals to isolate patients with severe breathing problems quickly.

"Hospital clusters happen when a case is not recognised in the first days," said Dr. Faisal bin Abdullah al-Qahtani, an infectious disease specialist at King Saud University Medical City. He said the ward had been closed and staff were being tested every two days.

The ministry said there was no need to change plans for pilgrims travelling to Mecca and Medina. Researchers at the King Abdullah International Medical Research Center are testing an experimental vaccine in camels in the Qassim region, where about a fifth of the country's herds are kept.

== expected
PLACE	Saudi Arabia
ORGANISATION	Ministry of Health
PLACE	Riyadh
ORGANISATION	World Health Organization|WHO
PLACE	Hail|Ha'il
PLACE	Cairo
PERSON	Faisal bin Abdullah al-Qahtani
PLACE	King Saud University Medical City
PLACE	Mecca
PLACE	Medina
ORGANISATION	King Abdullah International Medical Research Center|KAIMRC
PLACE	Qassim|Qassim region

== subjects
medtop:07000000	health
medtop:20000446	diseases and conditions
medtop:20000461	health facility
medtop:20000463	health organisations

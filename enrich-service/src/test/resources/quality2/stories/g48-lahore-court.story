headline: Lahore High Court strikes down Punjab ban on university student unions
caption: Students rally outside the Punjab Assembly building on The Mall
credit: Photo: Ayesha Siddiqui / Wireline
byline: Wireline South Asia desk
teaser: Karachi port strike ends | Sindh dockworkers accept pay offer

The Lahore High Court on Monday struck down a ban on student unions at public universities in Pakistan's Punjab province, ruling that the rule imposed by the provincial government in 1984 violated the freedom of association guaranteed by the constitution.

Justice Tariq Nadeem Bajwa said students had been "kept out of the affairs of the institutions they are part of for four decades". The petition was brought by students at the University of the Punjab and Government College University, both in Lahore, and the Human Rights Commission of Pakistan.

The Punjab Higher Education Department said it was studying the judgment and could appeal to the Supreme Court of Pakistan in Islamabad. Higher Education Minister Saima Rafiq Gill said unions had been banned because of violence on campuses in the 1980s and that "safety must come first".

Student groups celebrated outside the court and at campuses in Faisalabad, Multan and Rawalpindi. Usman Haider Qureshi, a former lecturer who has campaigned for the unions' return, said the ruling would let young people "learn politics by practising it".

The Pakistan Bar Council welcomed the decision. Provinces including Sindh have lifted similar bans in recent years but have not yet held union elections.

== expected
ORGANISATION	Lahore High Court
PLACE	Pakistan
PLACE	Punjab|Punjab province
PERSON	Tariq Nadeem Bajwa
ORGANISATION	University of the Punjab|Punjab University
ORGANISATION	Government College University|GCU
PLACE	Lahore
ORGANISATION	Human Rights Commission of Pakistan|HRCP
ORGANISATION	Punjab Higher Education Department|Higher Education Department
ORGANISATION	Supreme Court of Pakistan|Supreme Court
PLACE	Islamabad
PERSON	Saima Rafiq Gill
PLACE	Faisalabad
PLACE	Multan
PLACE	Rawalpindi
PERSON	Usman Haider Qureshi
ORGANISATION	Pakistan Bar Council|PBC
PLACE	Sindh

== subjects
medtop:02000000	crime, law and justice
medtop:20000106	judiciary
medtop:05000000	education
medtop:20000415	students
medtop:11000000	politics
medtop:20000587	fundamental rights

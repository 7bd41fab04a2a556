headline: Kenyan court suspends housing levy in blow to government programme
caption: Unfinished housing blocks in Mukuru, one of the first sites of the scheme
credit: Photo: Wanjiku Kamau / Wireline
byline: Wireline Africa desk
teaser: Tanzania opens new railway | Dar es Salaam to Dodoma in under four hours

Kenya's High Court on Thursday suspended a 1.5% tax on salaries that pays for the government's affordable housing programme, ruling that parliament had passed the law without consulting the public as the constitution requires.

Justice Lilian Achieng Okumu said the Kenya Revenue Authority must stop collecting the levy from next month's payroll until the case brought by the Law Society of Kenya and the Central Organization of Trade Unions is decided. The hearing was set for February.

"Workers are being asked to pay for houses they cannot buy, in places they do not live," Central Organization of Trade Unions secretary general Joseph Wafula Barasa said outside the Milimani Law Courts in Nairobi.

Housing Principal Secretary Peter Ndung'u Kariuki said the government would appeal immediately and that construction at more than 40 sites, including in Mombasa, Kisumu and Nakuru, would continue. The Treasury has collected about 60 billion shillings from the levy since it began.

The Kenya Private Sector Alliance, which represents employers, welcomed the ruling and said the tax had made it harder to hire. Opposition leader Grace Wambui Njeri said the government should return the money already collected.

== expected
PLACE	Kenya
ORGANISATION	High Court
PERSON	Lilian Achieng Okumu
ORGANISATION	Kenya Revenue Authority|KRA
ORGANISATION	Law Society of Kenya|LSK
ORGANISATION	Central Organization of Trade Unions|COTU
PERSON	Joseph Wafula Barasa
PLACE	Milimani Law Courts
PLACE	Nairobi
PERSON	Peter Ndung'u Kariuki
PLACE	Mombasa
PLACE	Kisumu
PLACE	Nakuru
ORGANISATION	Treasury|National Treasury
ORGANISATION	Kenya Private Sector Alliance|KEPSA
PERSON	Grace Wambui Njeri

== subjects
medtop:02000000	crime, law and justice
medtop:20000106	judiciary
medtop:20000121	law
medtop:04000000	economy, business and finance
medtop:20000344	economy

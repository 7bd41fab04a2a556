headline: Nigeria's Supreme Court upholds Kano governorship result
caption: Supporters gather outside the court complex in the Three Arms Zone
credit: Photo: Ibrahim Suleiman / Wireline
byline: Wireline Africa desk
teaser: Ghana cedi steadies | Accra traders welcome central bank move

The Supreme Court of Nigeria on Friday upheld the election of Musa Idris Danladi as governor of Kano State, overturning a ruling by the Court of Appeal that had ordered a rerun in 14 local government areas.

A seven-member panel led by Justice Hadiza Bello Umar said the appeal court had relied on ballot papers that were not properly before the election tribunal. "A court cannot decide a case on evidence that no party tendered," the judgment read.

The Independent National Electoral Commission had declared Danladi, of the New Nigeria Peoples Party, the winner by about 130,000 votes. His opponent, Yusuf Garba of the All Progressives Congress, had argued that thousands of ballots lacked the commission's stamp.

Police in Kano deployed extra officers around the Government House and the central Kurmi Market ahead of the ruling. Celebrations broke out in the city after the verdict was read in Abuja, and the Nigeria Police Force said no violence had been reported.

The Nigerian Bar Association said the judgment settled an important question about what tribunals may examine. Garba said he accepted the ruling and congratulated the governor.

== expected
PLACE	Nigeria
ORGANISATION	Supreme Court of Nigeria|Supreme Court
PLACE	Kano
PLACE	Kano State
PERSON	Musa Idris Danladi
ORGANISATION	Court of Appeal
PERSON	Hadiza Bello Umar
ORGANISATION	Independent National Electoral Commission|INEC
ORGANISATION	New Nigeria Peoples Party|NNPP
PERSON	Yusuf Garba
ORGANISATION	All Progressives Congress|APC
PLACE	Government House
PLACE	Kurmi Market
PLACE	Abuja
ORGANISATION	Nigeria Police Force
ORGANISATION	Nigerian Bar Association|NBA

== subjects
medtop:02000000	crime, law and justice
medtop:20000106	judiciary
medtop:20000119	justice
medtop:11000000	politics
medtop:20000574	election

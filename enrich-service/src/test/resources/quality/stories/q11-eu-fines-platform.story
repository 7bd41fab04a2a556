headline: EU fines social media platform 1.2 billion euros over child safety failures
caption: The European Commission's Berlaymont building in Brussels
credit: Photo: Wireline archive

The European Commission fined the video platform Streamly 1.2 billion euros on Tuesday, the largest penalty yet under the Digital Services Act, saying it had failed to stop adults from contacting children through its livestream feature.

Commission Vice-President Elena Marchetti said Streamly had ignored three formal warnings since 2024. "A platform that earns money from children's attention must protect them first," Marchetti told reporters in Brussels.

Streamly, which is based in Dublin and has about 160 million users in the European Union, said it would appeal to the General Court in Luxembourg.

Ireland's media regulator, Coimisiún na Meán, had referred the case to Brussels last year. Child protection groups including Save the Children welcomed the decision but said fines alone would not change the company's design.

The company's shares fell 4% in New York.

== expected
ORGANISATION	European Union|EU
ORGANISATION	European Commission
ORGANISATION	Streamly
PERSON	Elena Marchetti
PLACE	Brussels
PLACE	Dublin
ORGANISATION	General Court
PLACE	Luxembourg
PLACE	Ireland
ORGANISATION	Coimisiún na Meán
ORGANISATION	Save the Children
PLACE	New York

== subjects
medtop:02000000	crime, law and justice
medtop:20000121	law
medtop:01000000	arts, culture, entertainment and media
medtop:20000045	mass media

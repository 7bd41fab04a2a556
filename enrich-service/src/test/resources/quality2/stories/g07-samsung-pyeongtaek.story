headline: Samsung to spend $40 billion on new chip lines at Pyeongtaek
caption: Samsung Electronics headquarters in Suwon, South Korea
credit: Photo: Kim Min-seo / Wireline
byline: Wireline East Asia desk
teaser: SK Hynix wins Nvidia order | Icheon plant to double memory output

Samsung Electronics said on Tuesday it would invest 55 trillion won, about $40 billion, in two new semiconductor production lines at its Pyeongtaek campus south of Seoul, betting that demand for memory chips used in artificial intelligence will keep growing.

The lines will make high-bandwidth memory and advanced logic chips from 2028, the company said, and will need about 9,000 workers. Samsung's chip division head Kang Tae-joon said the plan would "close the gap with our competitors within two years".

The Ministry of Trade, Industry and Energy said it would build a new power plant and water pipeline to serve the campus, and the Gyeonggi Province government promised faster building permits. Trade Minister Ahn Do-hyun called the investment "a vote of confidence in the country's factories".

Samsung shares rose 3.1% on the Korea Exchange. Analysts at Mirae Asset Securities said the company had fallen behind in memory for AI servers and needed to win orders from American chip designers.

The Korean Metal Workers' Union, which has members at Samsung's suppliers, said it would seek talks on pay for the new jobs. Pyeongtaek's mayor said housing for the workers would be built near the Anseong River.

== expected
ORGANISATION	Samsung Electronics|Samsung
PLACE	Pyeongtaek
PLACE	Seoul
PERSON	Kang Tae-joon
ORGANISATION	Ministry of Trade, Industry and Energy
PLACE	Gyeonggi Province|Gyeonggi
PERSON	Ahn Do-hyun
ORGANISATION	Korea Exchange
ORGANISATION	Mirae Asset Securities
ORGANISATION	Korean Metal Workers' Union
PLACE	Anseong River

== subjects
medtop:04000000	economy, business and finance
medtop:20000170	business information
medtop:20000209	economic sector
medtop:13000000	science and technology
medtop:20000756	technology and engineering

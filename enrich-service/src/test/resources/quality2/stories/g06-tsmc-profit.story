headline: TSMC profit jumps 54% on demand for AI chips, shares hit record
caption: A worker walks past the entrance of a chip plant in Tainan
credit: Photo: Chen Yu-han / Wireline
byline: Ivy Kuo, Wireline Taipei
teaser: Yen slides past 160 | Tokyo traders brace for intervention

Taiwan Semiconductor Manufacturing Co said on Thursday its third-quarter net profit rose 54% from a year earlier to a record NT$325 billion, as companies building artificial intelligence data centres raced to secure its most advanced chips.

The world's largest contract chipmaker said revenue from its 3-nanometre process made up more than a quarter of wafer sales. Chief financial officer Wendy Lai Pei-shan told analysts that demand from Nvidia, AMD and Apple would keep its factories in Hsinchu full "well into next year".

Shares of TSMC rose 4.2% on the Taiwan Stock Exchange, lifting the benchmark Taiex to an all-time high, and its American depositary shares gained 5% in New York before the opening bell.

The company raised its capital spending plan for the year to $36 billion and said its first factory in Arizona had begun volume production. A second plant in Kumamoto, Japan, run with Sony and Denso, is due to open next year.

Analysts at Yuanta Securities said the results eased fears that customers had over-ordered. The Financial Supervisory Commission said it was watching the market closely after a week of sharp gains in Taipei.

== expected
ORGANISATION	Taiwan Semiconductor Manufacturing Co|TSMC|Taiwan Semiconductor Manufacturing Company
PERSON	Wendy Lai Pei-shan
ORGANISATION	Nvidia
ORGANISATION	AMD
ORGANISATION	Apple
PLACE	Hsinchu
ORGANISATION	Taiwan Stock Exchange
PLACE	New York
PLACE	Arizona
PLACE	Kumamoto
PLACE	Japan
ORGANISATION	Sony
ORGANISATION	Denso
ORGANISATION	Yuanta Securities
ORGANISATION	Financial Supervisory Commission
PLACE	Taipei

== subjects
medtop:04000000	economy, business and finance
medtop:20000170	business information
medtop:20000385	market and exchange
medtop:13000000	science and technology
medtop:20000756	technology and engineering

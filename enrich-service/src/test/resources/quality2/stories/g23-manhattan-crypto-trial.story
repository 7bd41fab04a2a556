headline: Crypto lender founder goes on trial in Manhattan over $1.9 billion collapse
caption: Daniel van der Berg arrives at the federal courthouse in Foley Square
credit: Photo: Grace Liu / Wireline
byline: Wireline North America desk
teaser: Bitcoin slips below $60,000 | Traders in Singapore sell ahead of US data

The founder of collapsed crypto lender Helix Capital went on trial in Manhattan on Monday, accused of lying to customers about the safety of their deposits before the firm failed owing $1.9 billion.

Prosecutors told jurors in the US District Court for the Southern District of New York that Daniel van der Berg, 38, had moved customer money into risky trades and then into his own accounts in the Cayman Islands. He has pleaded not guilty to seven counts of fraud and conspiracy.

"He promised them a bank. He ran a casino," Assistant US Attorney Rachel Kim Oduya said in her opening statement. Van der Berg's lawyer, Steven Margolis Dunn, said his client had believed the firm's risk models and had lost most of his own fortune.

The Securities and Exchange Commission and the Commodity Futures Trading Commission have filed civil suits against van der Berg that are on hold until the criminal case ends. About 300,000 customers, many of them in Canada and Brazil, are still waiting to recover their money through a bankruptcy court in Delaware.

Judge Patricia Ellison Grant said the trial could last five weeks. Former Helix chief operating officer Priya Narayan, who pleaded guilty in May, is expected to testify against him.

== expected
ORGANISATION	Helix Capital|Helix
PLACE	Manhattan
ORGANISATION	US District Court for the Southern District of New York
PERSON	Daniel van der Berg
PLACE	Cayman Islands
PERSON	Rachel Kim Oduya
PERSON	Steven Margolis Dunn
ORGANISATION	Securities and Exchange Commission|SEC
ORGANISATION	Commodity Futures Trading Commission|CFTC
PLACE	Canada
PLACE	Brazil
PLACE	Delaware
PERSON	Patricia Ellison Grant
PERSON	Priya Narayan

== subjects
medtop:02000000	crime, law and justice
medtop:20000082	crime
medtop:20000119	justice
medtop:04000000	economy, business and finance
medtop:20000385	market and exchange

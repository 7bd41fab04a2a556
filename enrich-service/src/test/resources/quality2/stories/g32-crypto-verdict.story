headline: Jury convicts Helix founder van der Berg of fraud after five-week trial
caption: Sketch of Daniel van der Berg listening to the verdict
credit: Illustration: Ruth Abernathy / Wireline
byline: Wireline North America desk
teaser: Coinbase earnings beat forecasts | San Francisco exchange adds 2 million users

A federal jury in Manhattan on Wednesday found Daniel van der Berg, founder of collapsed crypto lender Helix Capital, guilty on all seven counts of fraud and conspiracy, after deliberating for less than a day.

Van der Berg, 38, showed no emotion as the verdict was read in the US District Court for the Southern District of New York. Judge Patricia Ellison Grant set sentencing for March and ordered him held in custody, saying his ties to the Cayman Islands made him a flight risk. He faces up to 110 years in prison.

Prosecutors had called 31 witnesses, among them former chief operating officer Priya Narayan, who told jurors she had moved customer deposits into a trading fund on van der Berg's orders. "He knew every number, and he knew they were false," she said.

Defence lawyer Steven Margolis Dunn said his client would appeal to the Court of Appeals for the Second Circuit. "This was a business that failed, not a crime," he said outside the courthouse.

The Securities and Exchange Commission said it would now resume its civil case against van der Berg. Customers in Canada, Brazil and the United States are still waiting for a bankruptcy court in Delaware to approve a plan to return about 60 cents on the dollar.

== expected
PLACE	Manhattan
PERSON	Daniel van der Berg
ORGANISATION	Helix Capital|Helix
ORGANISATION	US District Court for the Southern District of New York
PERSON	Patricia Ellison Grant
PLACE	Cayman Islands
PERSON	Priya Narayan
PERSON	Steven Margolis Dunn
ORGANISATION	Court of Appeals for the Second Circuit
ORGANISATION	Securities and Exchange Commission|SEC
PLACE	Canada
PLACE	Brazil
PLACE	United States
PLACE	Delaware

== subjects
medtop:02000000	crime, law and justice
medtop:20000082	crime
medtop:20000119	justice

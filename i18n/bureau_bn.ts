<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_IN">
  <context>
    <name />
    <message>
      <source>No credit bureau report for {name} yet.</source>
      <translation>{name}-এর ক্রেডিট ব্যুরো রিপোর্ট এখনও আসেনি।</translation>
    </message>
    <message>
      <source>The credit bureau found several people matching {name}: check her identity documents and ask again.</source>
      <translation>ক্রেডিট ব্যুরো {name}-এর সঙ্গে মেলে এমন একাধিক জনকে পেয়েছে: পরিচয়পত্র মিলিয়ে দেখে আবার চেক চান।</translation>
    </message>
    <message>
      <source>The credit bureau could not answer about {name}: {note}</source>
      <translation>ক্রেডিট ব্যুরো {name} সম্পর্কে উত্তর দিতে পারেনি: {note}</translation>
    </message>
    <message>
      <source>The credit bureau report for {name} is from {date}, older than {days} days: ask for a new one.</source>
      <translation>{name}-এর ক্রেডিট ব্যুরো রিপোর্ট {date} তারিখের, {days} দিনের বেশি পুরোনো: নতুন রিপোর্ট চান।</translation>
    </message>
    <message>
      <source>{count} active loan(s) of the household have no known installment, so the household's monthly repayments cannot be added up.</source>
      <translation>পরিবারের {count}টি চলতি ঋণের কিস্তি জানা নেই, তাই পরিবারের মাসিক পরিশোধ যোগ করা যাচ্ছে না।</translation>
    </message>
    <message>
      <source>With this loan she would borrow from {count} microfinance lenders; at most {limit} are allowed.</source>
      <translation>এই ঋণ নিলে তাঁর {count}টি ক্ষুদ্রঋণদাতার কাছে ঋণ হবে; সর্বোচ্চ {limit}টি চলে।</translation>
    </message>
    <message>
      <source>With this loan her microfinance debt would be {debt}, above the limit of {limit}.</source>
      <translation>এই ঋণ নিলে তাঁর মোট ক্ষুদ্রঋণ হবে {debt}, যা {limit} সীমার বেশি।</translation>
    </message>
    <message>
      <source>A loan of hers is {days} days past due; no new loan above {limit} days.</source>
      <translation>তাঁর একটি ঋণের বকেয়ার দিন {days}; {limit} দিনের বেশি বকেয়া থাকলে নতুন ঋণ নয়।</translation>
    </message>
    <message>
      <source>She owes {overdue} overdue to her lenders; no new loan at {limit} or more.</source>
      <translation>ঋণদাতাদের কাছে তাঁর বকেয়া {overdue}; বকেয়া {limit} বা তার বেশি হলে নতুন ঋণ নয়।</translation>
    </message>
    <message>
      <source>This product is sanctioned only with a credit bureau report of at most {days} days for {name}.</source>
      <translation>এই ঋণ প্রকল্পে মঞ্জুরির জন্য {name}-এর সর্বোচ্চ {days} দিনের পুরোনো ক্রেডিট ব্যুরো রিপোর্ট লাগবে।</translation>
    </message>
    <message>
      <source>Product {code}: a credit bureau report's age is 1 to 365 days.</source>
      <translation>ঋণ প্রকল্প {code}: ক্রেডিট ব্যুরো রিপোর্টের বয়স ১ থেকে ৩৬৫ দিন হতে হবে।</translation>
    </message>
    <message>
      <source>Choose who the person is and whether a woman or a man.</source>
      <translation>ব্যক্তিটি সদস্যের কে এবং নারী না পুরুষ, তা বেছে নিন।</translation>
    </message>
    <message>
      <source>Write the name in Roman letters (A–Z, spaces, full stops, hyphens), as on the identity document: {name}</source>
      <translation>নামটি রোমান অক্ষরে লিখুন (A–Z, ফাঁকা, দাঁড়ি-বিন্দু, হাইফেন), পরিচয়পত্রে যেমন আছে: {name}</translation>
    </message>
    <message>
      <source>The Bengali name is too long or has a character that cannot be saved.</source>
      <translation>বাংলা নামটি খুব লম্বা, বা এতে এমন অক্ষর আছে যা সংরক্ষণ করা যায় না।</translation>
    </message>
    <message>
      <source>Choose the kind of identity document.</source>
      <translation>পরিচয়পত্রের ধরন বেছে নিন।</translation>
    </message>
    <message>
      <source>An identity document number is 4 to 30 letters and digits, without spaces.</source>
      <translation>পরিচয়পত্রের নম্বর ৪ থেকে ৩০টি অক্ষর ও অঙ্ক, ফাঁকা ছাড়া।</translation>
    </message>
    <message>
      <source>Give both the kind and the number of the identity document.</source>
      <translation>পরিচয়পত্রের ধরন ও নম্বর দুটোই দিন।</translation>
    </message>
    <message>
      <source>The date of birth is not possible.</source>
      <translation>এই জন্ম তারিখ সম্ভব নয়।</translation>
    </message>
    <message>
      <source>Write the address in Roman letters, at most 200 characters, without | or ~.</source>
      <translation>ঠিকানাটি রোমান অক্ষরে লিখুন, সর্বোচ্চ ২০০ অক্ষর, | বা ~ ছাড়া।</translation>
    </message>
    <message>
      <source>A postal code is 4 to 6 digits.</source>
      <translation>পোস্ট কোড ৪ থেকে ৬ অঙ্কের।</translation>
    </message>
    <message>
      <source>No such person in this household.</source>
      <translation>এই পরিবারে এমন কেউ নেই।</translation>
    </message>
    <message>
      <source>The member herself is in her household once, as herself.</source>
      <translation>পরিবারের তালিকায় সদস্য নিজে একবারই থাকবেন, ‘নিজে’ হিসেবে।</translation>
    </message>
    <message>
      <source>Record how the person agreed: signature or thumb impression.</source>
      <translation>ব্যক্তিটি কীভাবে সম্মতি দিলেন তা নথিভুক্ত করুন: স্বাক্ষর না টিপসই।</translation>
    </message>
    <message>
      <source>A bureau check is asked for on an application before it is paid out.</source>
      <translation>ক্রেডিট ব্যুরো চেক চাওয়া যায় ঋণের আবেদনে, ঋণ বিতরণের আগে।</translation>
    </message>
    <message>
      <source>Check the Roman-letter spelling of the name first.</source>
      <translation>আগে নামের রোমান অক্ষরের বানান মিলিয়ে দেখুন।</translation>
    </message>
    <message>
      <source>A bureau check needs the person's date of birth and an identity document number.</source>
      <translation>ক্রেডিট ব্যুরো চেকের জন্য ব্যক্তির জন্ম তারিখ ও পরিচয়পত্রের নম্বর লাগবে।</translation>
    </message>
    <message>
      <source>Unknown bureau {code}: use one of {codes}.</source>
      <translation>অজানা ক্রেডিট ব্যুরো {code}: এগুলোর একটি দিন: {codes}।</translation>
    </message>
    <message>
      <source>Give --member-id and --member-name: what the bureau calls head office.</source>
      <translation>--member-id ও --member-name দিন: ব্যুরো প্রধান কার্যালয়কে যে নম্বর ও নামে চেনে।</translation>
    </message>
    <message>
      <source>A member id is at most 10 and a name at most 30 plain letters or digits.</source>
      <translation>সদস্য নম্বর সর্বোচ্চ ১০টি এবং নাম সর্বোচ্চ ৩০টি সাধারণ অক্ষর বা অঙ্ক।</translation>
    </message>
    <message>
      <source>Not a branch code: {code}</source>
      <translation>এটি শাখার কোড নয়: {code}</translation>
    </message>
    <message>
      <source>Give the branch's --state as a two-letter state code (WB for West Bengal).</source>
      <translation>শাখার রাজ্য --state দুই অক্ষরের কোডে দিন (পশ্চিমবঙ্গের জন্য WB)।</translation>
    </message>
    <message>
      <source>Give --bureau (with --member-id and --member-name) or --branch (with --state).</source>
      <translation>--bureau (সঙ্গে --member-id ও --member-name) অথবা --branch (সঙ্গে --state) দিন।</translation>
    </message>
    <message>
      <source>{path} is larger than 50 MB: not a bureau file.</source>
      <translation>{path} ৫০ MB-এর বেশি বড়: এটি ব্যুরোর ফাইল নয়।</translation>
    </message>
    <message>
      <source>{path} cannot be read: {reason}</source>
      <translation>{path} পড়া যাচ্ছে না: {reason}</translation>
    </message>
    <message>
      <source>--as-of is a date from 2000 up to today.</source>
      <translation>--as-of হলো ২০০০ থেকে আজ পর্যন্ত একটি তারিখ।</translation>
    </message>
    <message>
      <source>{count} problem(s) above; no file was written.</source>
      <translation>উপরে {count}টি সমস্যা; কোনো ফাইল লেখা হয়নি।</translation>
    </message>
    <message>
      <source>{date} is not a reference date of the {calendar} calendar; the one before it is {previous} (or give --full for a file of every account as on {date}).</source>
      <translation>{date} {calendar} ক্যালেন্ডারের রিপোর্টের তারিখ নয়; তার আগের তারিখ {previous} (অথবা {date} তারিখের সব হিসাবের ফাইলের জন্য --full দিন)।</translation>
    </message>
  </context>
  <context>
    <name>BureauPanel</name>
    <message>
      <source>not asked</source>
      <translation>চাওয়া হয়নি</translation>
    </message>
    <message>
      <source>waiting to send</source>
      <translation>পাঠানোর অপেক্ষায়</translation>
    </message>
    <message>
      <source>at head office</source>
      <translation>প্রধান কার্যালয়ে</translation>
    </message>
    <message>
      <source>sent to the bureau</source>
      <translation>ব্যুরোতে পাঠানো হয়েছে</translation>
    </message>
    <message>
      <source>report received</source>
      <translation>রিপোর্ট এসেছে</translation>
    </message>
    <message>
      <source>no record found</source>
      <translation>কোনো তথ্য পাওয়া যায়নি</translation>
    </message>
    <message>
      <source>error — ask again</source>
      <translation>ত্রুটি — আবার চান</translation>
    </message>
    <message>
      <source>out of date — ask again</source>
      <translation>পুরোনো — আবার চান</translation>
    </message>
    <message>
      <source>the member herself</source>
      <translation>সদস্য নিজে</translation>
    </message>
    <message>
      <source>husband</source>
      <translation>স্বামী</translation>
    </message>
    <message>
      <source>father</source>
      <translation>বাবা</translation>
    </message>
    <message>
      <source>mother</source>
      <translation>মা</translation>
    </message>
    <message>
      <source>son</source>
      <translation>ছেলে</translation>
    </message>
    <message>
      <source>daughter</source>
      <translation>মেয়ে</translation>
    </message>
    <message>
      <source>brother</source>
      <translation>ভাই</translation>
    </message>
    <message>
      <source>sister</source>
      <translation>বোন</translation>
    </message>
    <message>
      <source>father-in-law</source>
      <translation>শ্বশুর</translation>
    </message>
    <message>
      <source>mother-in-law</source>
      <translation>শাশুড়ি</translation>
    </message>
    <message>
      <source>son-in-law</source>
      <translation>জামাই</translation>
    </message>
    <message>
      <source>daughter-in-law</source>
      <translation>পুত্রবধূ</translation>
    </message>
    <message>
      <source>brother-in-law</source>
      <translation>দেবর / ভাশুর / ভগ্নিপতি</translation>
    </message>
    <message>
      <source>sister-in-law</source>
      <translation>ননদ / জা</translation>
    </message>
    <message>
      <source>other</source>
      <translation>অন্য</translation>
    </message>
    <message>
      <source>PAN card</source>
      <translation>প্যান কার্ড</translation>
    </message>
    <message>
      <source>Passport</source>
      <translation>পাসপোর্ট</translation>
    </message>
    <message>
      <source>Read this out: "To decide on this loan, the branch will ask a credit bureau about the loans you have with every lender. Head office asks on the branch's behalf; the report is used only for this decision. Do you agree?"</source>
      <translation>পড়ে শোনান: "এই ঋণের সিদ্ধান্ত নিতে শাখা একটি ক্রেডিট ব্যুরোর কাছে জানতে চাইবে, সব ঋণদাতার কাছে আপনার কী কী ঋণ আছে। শাখার হয়ে প্রধান কার্যালয় জানতে চায়; রিপোর্টটি শুধু এই সিদ্ধান্তের জন্যই ব্যবহার হবে। আপনি কি সম্মতি দেন?"</translation>
    </message>
    <message>
      <source>Refer to the manager — the credit bureau side cannot be decided yet:</source>
      <translation>ব্যবস্থাপকের কাছে পাঠান — ক্রেডিট ব্যুরোর দিক থেকে এখনও সিদ্ধান্ত নেওয়া যাচ্ছে না:</translation>
    </message>
    <message>
      <source>woman</source>
      <translation>নারী</translation>
    </message>
    <message>
      <source>man</source>
      <translation>পুরুষ</translation>
    </message>
    <message>
      <source>transgender</source>
      <translation>তৃতীয় লিঙ্গ</translation>
    </message>
  </context>
  <context>
    <name>BureauTab</name>
    <message>
      <source>Household (each loan once)</source>
      <translation>পরিবার (প্রতিটি ঋণ একবার)</translation>
    </message>
    <message>
      <source>The reports of the household, as last received.</source>
      <translation>পরিবারের ক্রেডিট রিপোর্ট, যেমন শেষবার এসেছে।</translation>
    </message>
    <message>
      <source>Not eligible — these rules are not met:</source>
      <translation>যোগ্য নন — এই নিয়মগুলো মানা হয়নি:</translation>
    </message>
    <message>
      <source>Refer to the manager — the credit bureau side cannot be decided yet:</source>
      <translation>ব্যবস্থাপকের কাছে পাঠান — ক্রেডিট ব্যুরোর দিক থেকে এখনও সিদ্ধান্ত নেওয়া যাচ্ছে না:</translation>
    </message>
    <message>
      <source>Eligible: the reports of the household meet every rule.</source>
      <translation>যোগ্য: পরিবারের ক্রেডিট রিপোর্ট সব নিয়ম মানে।</translation>
    </message>
    <message>
      <source>Monthly repayments of the household: {total} ({others} to other lenders); active loans with unknown installments: {unknown}.</source>
      <translation>পরিবারের মাসিক পরিশোধ: {total} (অন্য ঋণদাতাদের {others}); কিস্তি জানা নেই এমন চলতি ঋণ: {unknown}টি।</translation>
    </message>
    <message>
      <source>Ask for a bureau check</source>
      <translation>ক্রেডিট ব্যুরো চেক চান</translation>
    </message>
    <message>
      <source>Choose a person whose Roman-letter name has been checked (Edit person).</source>
      <translation>এমন একজনকে বেছে নিন যাঁর নামের রোমান বানান মিলিয়ে দেখা হয়েছে (ব্যক্তির তথ্য বদলান)।</translation>
    </message>
    <message>
      <source>Add a person of the household</source>
      <translation>পরিবারের একজনকে যোগ করুন</translation>
    </message>
    <message>
      <source>Edit person / check the name</source>
      <translation>ব্যক্তির তথ্য বদলান / নাম মিলিয়ে দেখুন</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>ব্যক্তি</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>চেক</translation>
    </message>
    <message>
      <source>Lenders</source>
      <translation>ঋণদাতা</translation>
    </message>
    <message>
      <source>Active loans</source>
      <translation>চলতি ঋণ</translation>
    </message>
    <message>
      <source>Outstanding</source>
      <translation>ঋণ স্থিতি</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>বকেয়া</translation>
    </message>
    <message>
      <source>Worst days past due</source>
      <translation>সর্বোচ্চ বকেয়ার দিন</translation>
    </message>
    <message>
      <source>Written off</source>
      <translation>রাইট-অফ</translation>
    </message>
    <message>
      <source>Monthly repayments</source>
      <translation>মাসিক পরিশোধ</translation>
    </message>
    <message>
      <source>Credit bureau</source>
      <translation>ক্রেডিট ব্যুরো</translation>
    </message>
    <message>
      <source>With this loan the household would repay {total} a month ({existing} now + {proposed} for this loan), against a limit of {allowed}: {percent} % of its monthly income of {income}.</source>
      <translation>এই ঋণসহ পরিবারের মাসিক পরিশোধ হবে {total} (এখন {existing} + এই ঋণের {proposed}); সীমা {allowed}, অর্থাৎ মাসিক পারিবারিক আয় {income}-এর {percent} %।</translation>
    </message>
    <message>
      <source>This loan's installment comes to {proposed} a month, against a limit of {allowed}: {percent} % of the household's monthly income of {income}.</source>
      <translation>এই ঋণের কিস্তি মাসে {proposed}; সীমা {allowed}, অর্থাৎ মাসিক পারিবারিক আয় {income}-এর {percent} %।</translation>
    </message>
    <message>
      <source>With this loan the household would repay {total} a month ({existing} now + {proposed} for this loan); there is no limit against income for this loan.</source>
      <translation>এই ঋণসহ পরিবারের মাসিক পরিশোধ হবে {total} (এখন {existing} + এই ঋণের {proposed}); এই ঋণে আয়ভিত্তিক কোনো সীমা নেই।</translation>
    </message>
    <message>
      <source>That is above the limit.</source>
      <translation>এটি সীমার বেশি।</translation>
    </message>
  </context>
  <context>
    <name>ConsentDialog</name>
    <message>
      <source>Consent for a credit bureau check</source>
      <translation>ক্রেডিট ব্যুরো চেকের সম্মতি</translation>
    </message>
    <message>
      <source>Person: {name}</source>
      <translation>ব্যক্তি: {name}</translation>
    </message>
    <message>
      <source>Signed the form</source>
      <translation>ফর্মে স্বাক্ষর দিয়েছেন</translation>
    </message>
    <message>
      <source>Thumb impression on the form</source>
      <translation>ফর্মে টিপসই দিয়েছেন</translation>
    </message>
    <message>
      <source>The person agreed, and the form is kept in the file</source>
      <translation>ব্যক্তিটি সম্মতি দিয়েছেন, ফর্মটি ফাইলে রাখা আছে</translation>
    </message>
    <message>
      <source>Without her consent, signed or thumb-printed, no check is asked for.</source>
      <translation>স্বাক্ষর বা টিপসই দিয়ে সম্মতি না দিলে কোনো চেক চাওয়া হয় না।</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <source>Person of the household</source>
      <translation>পরিবারের ব্যক্তি</translation>
    </message>
    <message>
      <source>Earns an income (checked with the bureau too)</source>
      <translation>আয় করেন (তাঁরও ক্রেডিট ব্যুরো চেক হবে)</translation>
    </message>
    <message>
      <source>I checked the Roman-letter spelling against the identity document</source>
      <translation>পরিচয়পত্রের সঙ্গে রোমান বানান মিলিয়ে দেখেছি</translation>
    </message>
    <message>
      <source>Spell it from the Bengali</source>
      <translation>বাংলা থেকে বানান করুন</translation>
    </message>
    <message>
      <source>day/month/year, like 31/01/1990</source>
      <translation>দিন/মাস/বছর, যেমন ৩১/০১/১৯৯০</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>কে</translation>
    </message>
    <message>
      <source>Name in Bengali</source>
      <translation>বাংলায় নাম</translation>
    </message>
    <message>
      <source>Name in Roman letters</source>
      <translation>রোমান অক্ষরে নাম</translation>
    </message>
    <message>
      <source>Woman or man</source>
      <translation>নারী না পুরুষ</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>জন্ম তারিখ</translation>
    </message>
    <message>
      <source>Identity document</source>
      <translation>পরিচয়পত্র</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>পরিচয়পত্রের নম্বর</translation>
    </message>
    <message>
      <source>Monthly income</source>
      <translation>মাসিক আয়</translation>
    </message>
    <message>
      <source>Address in Roman letters</source>
      <translation>রোমান অক্ষরে ঠিকানা</translation>
    </message>
    <message>
      <source>Postal code</source>
      <translation>পোস্ট কোড</translation>
    </message>
    <message>
      <source>Check the Roman-letter spelling against the identity document first: the bureau matches on it.</source>
      <translation>আগে পরিচয়পত্রের সঙ্গে রোমান বানান মিলিয়ে দেখুন: ব্যুরো এই বানান দিয়েই মেলায়।</translation>
    </message>
  </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_IN">
<context>
    <name></name>
    <message>
        <source>Collection sheets can be printed for up to {days} days ahead, until {date}.</source>
        <translation>আদায় শিট সর্বোচ্চ {days} দিন আগে থেকে, অর্থাৎ {date} তারিখ পর্যন্ত, প্রিন্ট করা যায়।</translation>
    </message>
    <message>
        <source>Loan {loan} has not been paid out; it has no payment voucher.</source>
        <translation>{loan} ঋণ এখনও বিতরণ হয়নি; তাই এর প্রদান ভাউচার নেই।</translation>
    </message>
    <message>
        <source>No printer named {printer} has been calibrated (known: {known}). Print the calibration page without a printer, measure it and save the printer's offsets first.</source>
        <translation>{printer} নামের কোনো প্রিন্টারের মাপ মেলানো হয়নি (জানা প্রিন্টার: {known})। আগে প্রিন্টার ছাড়া মাপ মেলানোর পৃষ্ঠা প্রিন্ট করুন, মেপে প্রিন্টারের সরণ সংরক্ষণ করুন।</translation>
    </message>
    <message>
        <source>Unknown fields: {names}.</source>
        <translation>অজানা ঘর: {names}।</translation>
    </message>
    <message>
        <source>Unknown policy profile: {profile}.</source>
        <translation>অজানা নীতি প্রোফাইল: {profile}।</translation>
    </message>
    <message>
        <source>{name} must be a whole number from {low} to {high}.</source>
        <translation>{name} {low} থেকে {high}-এর মধ্যে একটি পূর্ণসংখ্যা হতে হবে।</translation>
    </message>
    <message>
        <source>{name} must be text of at most {n} characters.</source>
        <translation>{name} সর্বোচ্চ {n} অক্ষরের লেখা হতে হবে।</translation>
    </message>
    <message>
        <source>{name} must be true or false.</source>
        <translation>{name} হ্যাঁ (true) বা না (false) হতে হবে।</translation>
    </message>
</context>
<context>
    <name>print</name>
    <message>
        <source>Address</source>
        <translation>ঠিকানা</translation>
    </message>
    <message>
        <source>All at once (100 %), on {date}</source>
        <translation>একবারে পুরোটা (১০০ %), {date} তারিখে</translation>
    </message>
    <message>
        <source>Allowed at any time with no penalty; interest only up to the day of payment.</source>
        <translation>যেকোনো সময় করা যায়, কোনো জরিমানা নেই; সুদ শুধু পরিশোধের দিন পর্যন্ত।</translation>
    </message>
    <message>
        <source>Amount written off</source>
        <translation>রাইট-অফ করা টাকা</translation>
    </message>
    <message>
        <source>Amounts in {currency}</source>
        <translation>সব অঙ্ক {currency}-এ</translation>
    </message>
    <message>
        <source>Any other charge</source>
        <translation>অন্য কোনো চার্জ</translation>
    </message>
    <message>
        <source>At most {cap} a year on the declining balance (MRA); this loan is within it</source>
        <translation>ক্রমহ্রাসমান স্থিতির উপর বছরে সর্বোচ্চ {cap} (এমআরএ); এই ঋণ তার মধ্যে</translation>
    </message>
    <message>
        <source>Attendance and thumb-impression sheet</source>
        <translation>হাজিরা ও টিপসই শিট</translation>
    </message>
    <message>
        <source>Attendance: P present · A absent · S absent, sent payment · L leave</source>
        <translation>হাজিরা: উ উপস্থিত · অ অনুপস্থিত · প অনুপস্থিত, টাকা পাঠিয়েছেন · ছ ছুটি</translation>
    </message>
    <message>
        <source>Bad / loss (more than 365 days overdue)</source>
        <translation>মন্দ / ক্ষতি (৩৬৫ দিনের বেশি বকেয়া)</translation>
    </message>
    <message>
        <source>Balance: current</source>
        <translation>স্থিতি: চলতি</translation>
    </message>
    <message>
        <source>Balance: overdue</source>
        <translation>স্থিতি: বকেয়া</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>বাংলা</translation>
    </message>
    <message>
        <source>Borrower's signature / thumb, and date</source>
        <translation>ঋণগ্রহীতার স্বাক্ষর / টিপসই ও তারিখ</translation>
    </message>
    <message>
        <source>Branch manager's signature and seal</source>
        <translation>শাখা ব্যবস্থাপকের স্বাক্ষর ও সিল</translation>
    </message>
    <message>
        <source>Brought forward</source>
        <translation>আগের পৃষ্ঠা থেকে আনা</translation>
    </message>
    <message>
        <source>By field officer</source>
        <translation>মাঠকর্মী অনুযায়ী</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>দল অনুযায়ী</translation>
    </message>
    <message>
        <source>By loan product</source>
        <translation>ঋণ প্রকল্প অনুযায়ী</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>পরের পৃষ্ঠায় নেওয়া</translation>
    </message>
    <message>
        <source>Cash counted, by notes and coins</source>
        <translation>গোনা নগদ: নোট ও মুদ্রা অনুযায়ী</translation>
    </message>
    <message>
        <source>Cash received by the cashier (signature)</source>
        <translation>নগদ বুঝে পেলাম — ক্যাশিয়ারের স্বাক্ষর</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>সর্বোচ্চ সীমা</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>শংসাপত্র নং</translation>
    </message>
    <message>
        <source>Charge for repaying early (foreclosure)</source>
        <translation>মেয়াদের আগে পরিশোধের চার্জ</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>শ্রেণি</translation>
    </message>
    <message>
        <source>Co-borrower</source>
        <translation>সহ-ঋণগ্রহীতা</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>জামানত</translation>
    </message>
    <message>
        <source>Collected: advance</source>
        <translation>আদায়: অগ্রিম</translation>
    </message>
    <message>
        <source>Collected: current</source>
        <translation>আদায়: চলতি</translation>
    </message>
    <message>
        <source>Collected: overdue</source>
        <translation>আদায়: বকেয়া</translation>
    </message>
    <message>
        <source>Complaint officer</source>
        <translation>অভিযোগ কর্মকর্তা</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>অভিযোগ</translation>
    </message>
    <message>
        <source>Compulsory savings deducted (yours, returned with interest)</source>
        <translation>কেটে রাখা বাধ্যতামূলক সঞ্চয় (আপনার নিজের, সুদসহ ফেরত পাবেন)</translation>
    </message>
    <message>
        <source>Compulsory savings with each installment</source>
        <translation>প্রতি কিস্তির সঙ্গে বাধ্যতামূলক সঞ্চয়</translation>
    </message>
    <message>
        <source>Contingent charges</source>
        <translation>শর্তসাপেক্ষ চার্জ</translation>
    </message>
    <message>
        <source>Cooling-off (look-up) period</source>
        <translation>ভেবে দেখার সময় (কুলিং-অফ)</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>প্রদানের তারিখ</translation>
    </message>
    <message>
        <source>Date of this statement</source>
        <translation>এই বিবরণীর তারিখ</translation>
    </message>
    <message>
        <source>Demand, collection and balance of the period</source>
        <translation>সময়কালের প্রাপ্য, আদায় ও স্থিতি</translation>
    </message>
    <message>
        <source>Demand: current</source>
        <translation>প্রাপ্য: চলতি</translation>
    </message>
    <message>
        <source>Demand: overdue</source>
        <translation>প্রাপ্য: বকেয়া</translation>
    </message>
    <message>
        <source>Disbursal</source>
        <translation>ঋণ বিতরণ</translation>
    </message>
    <message>
        <source>Doubtful (181–365 days overdue)</source>
        <translation>সন্দেহজনক (১৮১–৩৬৫ দিন বকেয়া)</translation>
    </message>
    <message>
        <source>Early and late payment</source>
        <translation>মেয়াদের আগে ও দেরিতে পরিশোধ</translation>
    </message>
    <message>
        <source>Effective rate (APR, all charges)</source>
        <translation>প্রকৃত হার (APR, সব খরচ ধরে)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ই-মেইল</translation>
    </message>
    <message>
        <source>English</source>
        <translation>ইংরেজি</translation>
    </message>
    <message>
        <source>Every {n} {period}</source>
        <translation>প্রতি {n} {period} অন্তর</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>পিতা</translation>
    </message>
    <message>
        <source>Fees and charges</source>
        <translation>ফি ও চার্জ</translation>
    </message>
    <message>
        <source>Floating rate</source>
        <translation>পরিবর্তনশীল হার</translation>
    </message>
    <message>
        <source>For the lender: signature and date</source>
        <translation>ঋণদাতার পক্ষে: স্বাক্ষর ও তারিখ</translation>
    </message>
    <message>
        <source>Fortnightly, equal installments</source>
        <translation>পাক্ষিক, সমান কিস্তি</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>বিরতি (গ্রেস পিরিয়ড)</translation>
    </message>
    <message>
        <source>Grievance redressal officer</source>
        <translation>অভিযোগ নিষ্পত্তি কর্মকর্তা</translation>
    </message>
    <message>
        <source>Group guarantee</source>
        <translation>দলীয় গ্যারান্টি</translation>
    </message>
    <message>
        <source>Guarantee fund</source>
        <translation>গ্যারান্টি তহবিল</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>অভিভাবক</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>কতটি</translation>
    </message>
    <message>
        <source>How the annual percentage rate (APR) is made up</source>
        <translation>বার্ষিক শতকরা হার (APR) কীভাবে হিসাব হয়</translation>
    </message>
    <message>
        <source>Husband</source>
        <translation>স্বামী</translation>
    </message>
    <message>
        <source>I have read this statement, or had it read to me, in {language}, and I have understood it.</source>
        <translation>আমি এই বিবরণী ({language} ভাষায়) পড়েছি বা আমাকে পড়ে শোনানো হয়েছে, এবং বুঝেছি।</translation>
    </message>
    <message>
        <source>I have received {amount} {how}.</source>
        <translation>আমি {amount} {how} বুঝে পেয়েছি।</translation>
    </message>
    <message>
        <source>If not settled within 30 days</source>
        <translation>৩০ দিনের মধ্যে নিষ্পত্তি না হলে</translation>
    </message>
    <message>
        <source>If still not settled</source>
        <translation>তবুও নিষ্পত্তি না হলে</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>কথায়</translation>
    </message>
    <message>
        <source>Installment amount</source>
        <translation>কিস্তির পরিমাণ</translation>
    </message>
    <message>
        <source>Installment no.</source>
        <translation>কিস্তি নং</translation>
    </message>
    <message>
        <source>Insurance premium</source>
        <translation>বীমার প্রিমিয়াম</translation>
    </message>
    <message>
        <source>Insurance premium deducted</source>
        <translation>কেটে রাখা বীমার প্রিমিয়াম</translation>
    </message>
    <message>
        <source>Interest and charges</source>
        <translation>সুদ ও চার্জ</translation>
    </message>
    <message>
        <source>Interest paid</source>
        <translation>পরিশোধিত সুদ</translation>
    </message>
    <message>
        <source>Interest rate and its type</source>
        <translation>সুদের হার ও তার ধরন</translation>
    </message>
    <message>
        <source>Last installment</source>
        <translation>শেষ কিস্তি</translation>
    </message>
    <message>
        <source>Late payment</source>
        <translation>দেরিতে পরিশোধ</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>ঋণদাতা</translation>
    </message>
    <message>
        <source>Lender's address</source>
        <translation>ঋণদাতার ঠিকানা</translation>
    </message>
    <message>
        <source>Lending with a partner (co-lending)</source>
        <translation>অংশীদারের সঙ্গে ঋণ (কো-লেন্ডিং)</translation>
    </message>
    <message>
        <source>Less: compulsory savings (to her savings account)</source>
        <translation>বাদ: বাধ্যতামূলক সঞ্চয় (তাঁর সঞ্চয় হিসাবে জমা)</translation>
    </message>
    <message>
        <source>Less: insurance premium</source>
        <translation>বাদ: বীমার প্রিমিয়াম</translation>
    </message>
    <message>
        <source>Less: processing fee</source>
        <translation>বাদ: প্রক্রিয়াকরণ ফি</translation>
    </message>
    <message>
        <source>Lien on compulsory savings</source>
        <translation>বাধ্যতামূলক সঞ্চয়ের উপর লিয়েন</translation>
    </message>
    <message>
        <source>Loan amount (gross)</source>
        <translation>ঋণের পরিমাণ (মোট)</translation>
    </message>
    <message>
        <source>Loan balance after this payment (principal)</source>
        <translation>এই পরিশোধের পর ঋণ স্থিতি (আসল)</translation>
    </message>
    <message>
        <source>Loan classification (RBI: SMA and NPA)</source>
        <translation>ঋণের শ্রেণিবিন্যাস (আরবিআই: SMA ও NPA)</translation>
    </message>
    <message>
        <source>Loan classification and provisioning (MRA)</source>
        <translation>ঋণের শ্রেণিবিন্যাস ও সঞ্চিতি (এমআরএ)</translation>
    </message>
    <message>
        <source>Loan cycle</source>
        <translation>ঋণ চক্র</translation>
    </message>
    <message>
        <source>Loan no. = {prefix} followed by the number shown</source>
        <translation>ঋণ নং = {prefix} ও তার পরে দেখানো নম্বর</translation>
    </message>
    <message>
        <source>Loan programme</source>
        <translation>ঋণ কর্মসূচি</translation>
    </message>
    <message>
        <source>Loan term</source>
        <translation>ঋণের মেয়াদ</translation>
    </message>
    <message>
        <source>Loan terms disclosure statement</source>
        <translation>ঋণের শর্তাবলি ও তথ্য বিবরণী</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>সভার স্থান</translation>
    </message>
    <message>
        <source>Member's copy</source>
        <translation>সদস্যের কপি</translation>
    </message>
    <message>
        <source>Member's signature / thumb for the money received</source>
        <translation>টাকা বুঝে পাওয়ার জন্য সদস্যের স্বাক্ষর / টিপসই</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>উপস্থিত সদস্য</translation>
    </message>
    <message>
        <source>Monthly, equal installments</source>
        <translation>মাসিক, সমান কিস্তি</translation>
    </message>
    <message>
        <source>NPA (more than 90 days overdue)</source>
        <translation>NPA – অনুৎপাদক ঋণ (৯০ দিনের বেশি বকেয়া)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Net amount disbursed (after fees)</source>
        <translation>নিট বিতরণ (ফি বাদে)</translation>
    </message>
    <message>
        <source>Net paid to her</source>
        <translation>তাঁকে নিট প্রদান</translation>
    </message>
    <message>
        <source>Next installment</source>
        <translation>পরের কিস্তি</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>পরবর্তী সভা</translation>
    </message>
    <message>
        <source>No</source>
        <translation>না</translation>
    </message>
    <message>
        <source>No loan has been written off.</source>
        <translation>কোনো ঋণ রাইট-অফ করা হয়নি।</translation>
    </message>
    <message>
        <source>None</source>
        <translation>নেই</translation>
    </message>
    <message>
        <source>None for a loan up to {limit}</source>
        <translation>{limit} পর্যন্ত ঋণে লাগে না</translation>
    </message>
    <message>
        <source>None: no charge that is not in this statement can be taken</source>
        <translation>নেই: এই বিবরণীতে নেই এমন কোনো চার্জ নেওয়া যাবে না</translation>
    </message>
    <message>
        <source>Not applicable (the rate is fixed)</source>
        <translation>প্রযোজ্য নয় (হার স্থির)</translation>
    </message>
    <message>
        <source>Not applicable: the loan is ours alone</source>
        <translation>প্রযোজ্য নয়: ঋণটি শুধু আমাদের</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>মন্তব্য</translation>
    </message>
    <message>
        <source>Note / coin</source>
        <translation>নোট / মুদ্রা</translation>
    </message>
    <message>
        <source>Office copy</source>
        <translation>অফিস কপি</translation>
    </message>
    <message>
        <source>Other charge</source>
        <translation>অন্য চার্জ</translation>
    </message>
    <message>
        <source>Outstanding more than 90 days late</source>
        <translation>৯০ দিনের বেশি দেরির ঋণের অবশিষ্ট আসল</translation>
    </message>
    <message>
        <source>Outstanding principal</source>
        <translation>অবশিষ্ট আসল</translation>
    </message>
    <message>
        <source>Overdue (installments not paid on time)</source>
        <translation>বকেয়া (সময়ে শোধ না হওয়া কিস্তি)</translation>
    </message>
    <message>
        <source>PAR &gt; 1 day</source>
        <translation>PAR &gt; ১ দিন</translation>
    </message>
    <message>
        <source>PAR &gt; 30 days</source>
        <translation>PAR &gt; ৩০ দিন</translation>
    </message>
    <message>
        <source>PAR &gt; 90 days</source>
        <translation>PAR &gt; ৯০ দিন</translation>
    </message>
    <message>
        <source>Page total</source>
        <translation>পৃষ্ঠার মোট</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>প্রদান</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>প্রাপক</translation>
    </message>
    <message>
        <source>Part 1 — Interest rate and fees and charges</source>
        <translation>প্রথম ভাগ — সুদের হার, ফি ও চার্জ</translation>
    </message>
    <message>
        <source>Part 2 — Other information</source>
        <translation>দ্বিতীয় ভাগ — অন্যান্য তথ্য</translation>
    </message>
    <message>
        <source>Passbook page {n}</source>
        <translation>পাসবই পৃষ্ঠা {n}</translation>
    </message>
    <message>
        <source>Payment voucher</source>
        <translation>প্রদান ভাউচার</translation>
    </message>
    <message>
        <source>Penal charge on delayed payment</source>
        <translation>দেরিতে পরিশোধের জরিমানা</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <source>Phone · email</source>
        <translation>ফোন · ই-মেইল</translation>
    </message>
    <message>
        <source>Portfolio at risk, month by month</source>
        <translation>ঝুঁকিপূর্ণ ঋণ (PAR), মাস অনুযায়ী</translation>
    </message>
    <message>
        <source>Principal / interest</source>
        <translation>আসল / সুদ</translation>
    </message>
    <message>
        <source>Principal repaid</source>
        <translation>পরিশোধিত আসল</translation>
    </message>
    <message>
        <source>Printer: {printer} — offsets now: {dx} mm right, {dy} mm down</source>
        <translation>প্রিন্টার: {printer} — এখনকার সরণ: ডানে {dx} মিমি, নিচে {dy} মিমি</translation>
    </message>
    <message>
        <source>Processing fee</source>
        <translation>প্রক্রিয়াকরণ ফি</translation>
    </message>
    <message>
        <source>Processing fee deducted</source>
        <translation>কেটে রাখা প্রক্রিয়াকরণ ফি</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>সঞ্চিতি</translation>
    </message>
    <message>
        <source>Provision rate</source>
        <translation>সঞ্চিতির হার</translation>
    </message>
    <message>
        <source>Provision required (MRA)</source>
        <translation>প্রয়োজনীয় সঞ্চিতি (এমআরএ)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>উদ্দেশ্য</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>আদায় হয়েছে</translation>
    </message>
    <message>
        <source>Recovery agents</source>
        <translation>আদায় এজেন্ট</translation>
    </message>
    <message>
        <source>Recovery agents may be engaged for overdue loans. Each carries our letter of authority, which you may ask to see, and follows the RBI's code of conduct: never at unreasonable hours, never by threat or force.</source>
        <translation>বকেয়া ঋণ আদায়ে এজেন্ট নিয়োগ করা হতে পারে। প্রত্যেকের কাছে আমাদের অনুমতিপত্র থাকবে, যা আপনি দেখতে চাইতে পারেন, এবং তাঁরা আরবিআই-এর আচরণবিধি মানবেন: কখনও অসময়ে নয়, কখনও হুমকি বা জোর করে নয়।</translation>
    </message>
    <message>
        <source>Repaying early</source>
        <translation>মেয়াদের আগে পরিশোধ</translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation>পরিশোধ</translation>
    </message>
    <message>
        <source>Repayment starts</source>
        <translation>পরিশোধ শুরু</translation>
    </message>
    <message>
        <source>SMA-0 (1–30 days overdue)</source>
        <translation>SMA-0 (১–৩০ দিন বকেয়া)</translation>
    </message>
    <message>
        <source>SMA-1 (31–60 days overdue)</source>
        <translation>SMA-1 (৩১–৬০ দিন বকেয়া)</translation>
    </message>
    <message>
        <source>SMA-2 (61–90 days overdue)</source>
        <translation>SMA-2 (৬১–৯০ দিন বকেয়া)</translation>
    </message>
    <message>
        <source>Sanctioned loan amount</source>
        <translation>মঞ্জুর ঋণের পরিমাণ</translation>
    </message>
    <message>
        <source>Savings and security</source>
        <translation>সঞ্চয়, গ্যারান্টি ও জামানত</translation>
    </message>
    <message>
        <source>Savings balance after this</source>
        <translation>এর পর সঞ্চয় স্থিতি</translation>
    </message>
    <message>
        <source>Savings deposit</source>
        <translation>সঞ্চয় জমা</translation>
    </message>
    <message>
        <source>Standard (nothing overdue)</source>
        <translation>নিয়মিত (বকেয়া নেই)</translation>
    </message>
    <message>
        <source>Still to recover</source>
        <translation>আদায় বাকি</translation>
    </message>
    <message>
        <source>Substandard (31–180 days overdue)</source>
        <translation>নিম্নমান (৩১–১৮০ দিন বকেয়া)</translation>
    </message>
    <message>
        <source>Tell your field officer or the branch manager. If the complaint is not settled, contact:</source>
        <translation>আপনার মাঠকর্মী বা শাখা ব্যবস্থাপককে জানান। অভিযোগের নিষ্পত্তি না হলে যোগাযোগ করুন:</translation>
    </message>
    <message>
        <source>Tell your field officer or the branch manager. If the complaint is not settled, write to or call our grievance redressal officer:</source>
        <translation>আপনার মাঠকর্মী বা শাখা ব্যবস্থাপককে জানান। অভিযোগের নিষ্পত্তি না হলে আমাদের অভিযোগ নিষ্পত্তি কর্মকর্তাকে লিখুন বা ফোন করুন:</translation>
    </message>
    <message>
        <source>The loan</source>
        <translation>ঋণ</translation>
    </message>
    <message>
        <source>The loan on {date}</source>
        <translation>{date} তারিখে ঋণের অবস্থা</translation>
    </message>
    <message>
        <source>The members of your group guarantee this loan together.</source>
        <translation>আপনার দলের সদস্যরা একসঙ্গে এই ঋণের দলীয় গ্যারান্টি দেন।</translation>
    </message>
    <message>
        <source>These terms hold until</source>
        <translation>এই শর্ত বহাল থাকবে</translation>
    </message>
    <message>
        <source>This is to certify that loan {loan_no} of {amount} of {name} was settled after her death and closed on {closed_on}. Nothing more is due on this loan from her family.</source>
        <translation>এই মর্মে প্রত্যয়ন করা হচ্ছে যে {name}-এর {amount}-র {loan_no} নম্বর ঋণ তাঁর মৃত্যুর পর নিষ্পত্তি হয়েছে এবং {closed_on} তারিখে বন্ধ হয়েছে। এই ঋণে তাঁর পরিবারের কাছে আর কিছু প্রাপ্য নেই।</translation>
    </message>
    <message>
        <source>This is to certify that {name} has repaid in full loan {loan_no} of {amount}, and the loan was closed on {closed_on}. Nothing more is due on this loan.</source>
        <translation>এই মর্মে প্রত্যয়ন করা হচ্ছে যে {name} {amount}-র {loan_no} নম্বর ঋণ সম্পূর্ণ পরিশোধ করেছেন এবং ঋণটি {closed_on} তারিখে বন্ধ হয়েছে। এই ঋণে আর কিছু প্রাপ্য নেই।</translation>
    </message>
    <message>
        <source>This is to certify that {name} has repaid in full loan {loan_no} of {amount}, which had been written off, and the loan was closed on {closed_on}. Nothing more is due on this loan.</source>
        <translation>এই মর্মে প্রত্যয়ন করা হচ্ছে যে {name} রাইট-অফ করা {amount}-র {loan_no} নম্বর ঋণ সম্পূর্ণ পরিশোধ করেছেন এবং ঋণটি {closed_on} তারিখে বন্ধ হয়েছে। এই ঋণে আর কিছু প্রাপ্য নেই।</translation>
    </message>
    <message>
        <source>Total amount you pay (loan, interest and fees)</source>
        <translation>আপনার মোট পরিশোধ (ঋণ, সুদ ও ফি)</translation>
    </message>
    <message>
        <source>Total fees to the lender</source>
        <translation>ঋণদাতার মোট ফি</translation>
    </message>
    <message>
        <source>Total fees to third parties</source>
        <translation>তৃতীয় পক্ষের মোট ফি</translation>
    </message>
    <message>
        <source>Transfer or securitisation of the loan</source>
        <translation>ঋণ হস্তান্তর বা সিকিউরিটাইজেশন</translation>
    </message>
    <message>
        <source>Type of installments</source>
        <translation>কিস্তির ধরন</translation>
    </message>
    <message>
        <source>Type of loan</source>
        <translation>ঋণের ধরন</translation>
    </message>
    <message>
        <source>Voucher no.</source>
        <translation>ভাউচার নং</translation>
    </message>
    <message>
        <source>Voucher nos.</source>
        <translation>ভাউচার নং</translation>
    </message>
    <message>
        <source>Watchful (1–30 days overdue)</source>
        <translation>পর্যবেক্ষণাধীন (১–৩০ দিন বকেয়া)</translation>
    </message>
    <message>
        <source>We do not engage recovery agents. Only our own staff collect repayments, at the group meeting or at the branch, never at unreasonable hours and never by threat or force.</source>
        <translation>আমরা কোনো আদায় এজেন্ট নিয়োগ করি না। শুধু আমাদের নিজেদের কর্মীরা দলের সভায় বা শাখায় ঋণ পরিশোধের টাকা নেন — কখনও অসময়ে নয়, কখনও হুমকি দিয়ে বা জোর করে নয়।</translation>
    </message>
    <message>
        <source>Weekly, equal installments</source>
        <translation>সাপ্তাহিক, সমান কিস্তি</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>সঞ্চয় উত্তোলন</translation>
    </message>
    <message>
        <source>Written off on</source>
        <translation>রাইট-অফের তারিখ</translation>
    </message>
    <message>
        <source>Written-off loans</source>
        <translation>রাইট-অফ করা ঋণ</translation>
    </message>
    <message>
        <source>Yes: this loan may be transferred to another regulated lender or securitised; your terms do not change and you will be told.</source>
        <translation>হ্যাঁ: এই ঋণ অন্য নিয়ন্ত্রিত ঋণদাতাকে হস্তান্তর বা সিকিউরিটাইজ করা হতে পারে; আপনার শর্ত বদলাবে না এবং আপনাকে জানানো হবে।</translation>
    </message>
    <message>
        <source>You may complain to {regulator}.</source>
        <translation>আপনি অভিযোগ জানাতে পারেন: {regulator}।</translation>
    </message>
    <message>
        <source>Your compulsory savings stay as security until the loan is repaid; then you may withdraw them.</source>
        <translation>ঋণ পরিশোধ না হওয়া পর্যন্ত আপনার বাধ্যতামূলক সঞ্চয় ঋণের বিপরীতে আটকে থাকবে (লিয়েন); তারপর তুলতে পারবেন।</translation>
    </message>
    <message>
        <source>by bank transfer</source>
        <translation>ব্যাংক স্থানান্তরে</translation>
    </message>
    <message>
        <source>corrected by a reversal entry</source>
        <translation>সংশোধনী এন্ট্রি দেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>fortnights</source>
        <translation>পক্ষ</translation>
    </message>
    <message>
        <source>in cash</source>
        <translation>নগদে</translation>
    </message>
    <message>
        <source>months</source>
        <translation>মাস</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>বাছা হয়নি</translation>
    </message>
    <message>
        <source>one-time, deducted at disbursal</source>
        <translation>এককালীন, বিতরণের সময় কেটে রাখা</translation>
    </message>
    <message>
        <source>one-time, paid at disbursal</source>
        <translation>এককালীন, বিতরণের সময় দিতে হয়</translation>
    </message>
    <message>
        <source>to a third party (insurer), through the lender</source>
        <translation>তৃতীয় পক্ষকে (বীমা সংস্থা), ঋণদাতার মাধ্যমে</translation>
    </message>
    <message>
        <source>to the lender</source>
        <translation>ঋণদাতাকে</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>সপ্তাহ</translation>
    </message>
    <message>
        <source>{date} ({days} days after disbursal)</source>
        <translation>{date} (বিতরণের {days} দিন পর)</translation>
    </message>
    <message>
        <source>{date} ({days} working days)</source>
        <translation>{date} ({days} কাজের দিন)</translation>
    </message>
    <message>
        <source>{days} days from disbursal: you may repay the whole loan without any penalty, paying only the interest for the days you had the money.</source>
        <translation>বিতরণের পর {days} দিন: এর মধ্যে পুরো ঋণ পরিশোধ করলে কোনো জরিমানা নেই, যে কদিন টাকা আপনার কাছে ছিল শুধু সেই কদিনের সুদ দিতে হবে।</translation>
    </message>
    <message>
        <source>{days} days, until {date}</source>
        <translation>{days} দিন, {date} পর্যন্ত</translation>
    </message>
    <message>
        <source>{numbers} of {count}</source>
        <translation>{count}টির মধ্যে {numbers}</translation>
    </message>
    <message>
        <source>{n} installments of interest only</source>
        <translation>প্রথম {n}টি কিস্তিতে শুধু সুদ</translation>
    </message>
    <message>
        <source>{rate} a year on the declining balance</source>
        <translation>ক্রমহ্রাসমান স্থিতির উপর বছরে {rate}</translation>
    </message>
    <message>
        <source>{rate} a year, fixed, flat on the loan amount</source>
        <translation>বছরে {rate}, স্থির, পুরো ঋণের অঙ্কের উপর ফ্ল্যাট</translation>
    </message>
    <message>
        <source>{rate} a year, fixed, on the reducing balance</source>
        <translation>বছরে {rate}, স্থির, ক্রমহ্রাসমান স্থিতির উপর</translation>
    </message>
    <message>
        <source>{rate} of the overdue amount only</source>
        <translation>শুধু বকেয়া অঙ্কের উপর {rate}</translation>
    </message>
</context>
</TS>

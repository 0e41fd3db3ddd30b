<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_IN">
<context>
    <name></name>
    <message>
        <source>--outstanding is PRODUCT=AMOUNT, e.g. JB-VWE=125000.00</source>
        <translation>--outstanding লিখুন প্রকল্প=পরিমাণ, যেমন JB-VWE=125000.00</translation>
    </message>
    <message>
        <source>--year is a year from 2000 to 2100.</source>
        <translation>--year ২০০০ থেকে ২১০০-এর মধ্যে একটি বছর।</translation>
    </message>
    <message>
        <source>A group with code {id} is already in this branch.</source>
        <translation>{id} কোডের একটি দল এই শাখায় আগেই আছে।</translation>
    </message>
    <message>
        <source>A loan numbered {id} is already in this branch.</source>
        <translation>{id} নম্বরের একটি ঋণ এই শাখায় আগেই আছে।</translation>
    </message>
    <message>
        <source>A member with code {id} is already in this branch.</source>
        <translation>{id} কোডের একজন সদস্য এই শাখায় আগেই আছেন।</translation>
    </message>
    <message>
        <source>A member with national ID {id} is already in this branch.</source>
        <translation>জাতীয় পরিচয়পত্র নম্বর {id}-এর একজন সদস্য এই শাখায় আগেই আছেন।</translation>
    </message>
    <message>
        <source>A name needs at least one letter: {text}</source>
        <translation>নামে অন্তত একটি অক্ষর থাকতে হবে: {text}</translation>
    </message>
    <message>
        <source>A phone number has 10 to 15 digits: {text}</source>
        <translation>ফোন নম্বরে ১০ থেকে ১৫টি অঙ্ক থাকে: {text}</translation>
    </message>
    <message>
        <source>A product code is listed twice in the catalogue.</source>
        <translation>ঋণ প্রকল্পের তালিকায় একটি প্রকল্পের কোড দুবার আছে।</translation>
    </message>
    <message>
        <source>A savings account numbered {id} is already in this branch.</source>
        <translation>{id} নম্বরের একটি সঞ্চয় হিসাব এই শাখায় আগেই আছে।</translation>
    </message>
    <message>
        <source>A user name is 1–40 letters or digits, no spaces.</source>
        <translation>ব্যবহারকারীর নাম ১–৪০টি অক্ষর বা অঙ্ক, ফাঁকা জায়গা ছাড়া।</translation>
    </message>
    <message>
        <source>A value stands in a column without a header.</source>
        <translation>শিরোনাম ছাড়া একটি কলামে মান লেখা আছে।</translation>
    </message>
    <message>
        <source>After {paid} installments the regenerated schedule leaves {schedule} outstanding, but the file says {outstanding}: check the product, the amount, the date and the installments.</source>
        <translation>{paid}টি কিস্তির পর নতুন করে তৈরি কিস্তির তালিকায় অবশিষ্ট থাকে {schedule}, কিন্তু ফাইলে লেখা {outstanding}: প্রকল্প, পরিমাণ, তারিখ ও কিস্তির সংখ্যা মিলিয়ে দেখুন।</translation>
    </message>
    <message>
        <source>An ID may hold letters A–Z, digits and - / _ . only: {text}</source>
        <translation>আইডিতে শুধু A–Z অক্ষর, অঙ্ক এবং - / _ . থাকতে পারে: {text}</translation>
    </message>
    <message>
        <source>At most {limit} characters.</source>
        <translation>সর্বোচ্চ {limit}টি অক্ষর।</translation>
    </message>
    <message>
        <source>Cash in the safe</source>
        <translation>সিন্দুকে নগদ</translation>
    </message>
    <message>
        <source>Cash in the safe: {amount}</source>
        <translation>সিন্দুকে নগদ: {amount}</translation>
    </message>
    <message>
        <source>Cells of this row are merged; unmerge them and write each value in its own cell.</source>
        <translation>এই সারির কয়েকটি ঘর জোড়া লাগানো আছে; জোড়া খুলে প্রতিটি মান নিজের ঘরে লিখুন।</translation>
    </message>
    <message>
        <source>Choose where to write the reply for head office.</source>
        <translation>প্রধান কার্যালয়ের জন্য উত্তর-ফাইল কোথায় লেখা হবে তা বেছে নিন।</translation>
    </message>
    <message>
        <source>Column {number} ({name}) is not a column of this sheet, or is there twice. The template's columns are: {columns}.</source>
        <translation>কলাম {number} ({name}) এই শিটের কলাম নয়, অথবা দুবার আছে। টেমপ্লেটের কলামগুলো: {columns}।</translation>
    </message>
    <message>
        <source>First login: choose your own password now.</source>
        <translation>প্রথম লগইন: এখন নিজের পাসওয়ার্ড বেছে নিন।</translation>
    </message>
    <message>
        <source>Give the folder that holds the CSV files (groups.csv, members.csv …), not one file.</source>
        <translation>একটি ফাইল নয়, CSV ফাইলগুলো (groups.csv, members.csv …) যে ফোল্ডারে আছে সেটি দিন।</translation>
    </message>
    <message>
        <source>Give the installments paid or the outstanding principal (or both).</source>
        <translation>পরিশোধিত কিস্তি বা অবশিষ্ট আসল (বা দুটোই) লিখুন।</translation>
    </message>
    <message>
        <source>Give the password in SHAKHA_PASSWORD (no terminal to ask it on).</source>
        <translation>পাসওয়ার্ড SHAKHA_PASSWORD-এ দিন (জিজ্ঞেস করার মতো টার্মিনাল নেই)।</translation>
    </message>
    <message>
        <source>Group {id} has {size} members; a group has at most {limit}.</source>
        <translation>দল {id}-এ {size} জন সদস্য; একটি দলে সর্বোচ্চ {limit} জন থাকে।</translation>
    </message>
    <message>
        <source>Group {id} {name}: would be created.</source>
        <translation>দল {id} {name}: তৈরি হবে।</translation>
    </message>
    <message>
        <source>Loan {id} ({product}) of {member}: {amount} paid out on {date}, {paid} installments paid, {outstanding} outstanding.</source>
        <translation>{member}-এর ঋণ {id} ({product}): {date} তারিখে {amount} বিতরণ, {paid}টি কিস্তি পরিশোধিত, অবশিষ্ট {outstanding}।</translation>
    </message>
    <message>
        <source>Member {id} {name} in group {group}: would be created.</source>
        <translation>দল {group}-এর সদস্য {id} {name}: তৈরি হবে।</translation>
    </message>
    <message>
        <source>No active field officer logs in as {name}: head office sends the staff first.</source>
        <translation>{name} নামে লগইন করেন এমন কোনো সক্রিয় মাঠকর্মী নেই: আগে প্রধান কার্যালয় কর্মীদের তালিকা পাঠায়।</translation>
    </message>
    <message>
        <source>No catalogue for policy profile {profile}.</source>
        <translation>নীতি প্রোফাইল {profile}-এর জন্য কোনো ঋণ প্রকল্পের তালিকা নেই।</translation>
    </message>
    <message>
        <source>No group {id} in the groups sheet.</source>
        <translation>দল শিটে {id} নামে কোনো দল নেই।</translation>
    </message>
    <message>
        <source>No member {id} in the members sheet.</source>
        <translation>সদস্য শিটে {id} নামে কোনো সদস্য নেই।</translation>
    </message>
    <message>
        <source>Not a day of the week: {text}</source>
        <translation>সপ্তাহের কোনো বার নয়: {text}</translation>
    </message>
    <message>
        <source>Not a time: {text}. Write it like 10:30.</source>
        <translation>সময় নয়: {text}। ১০:৩০ এভাবে লিখুন।</translation>
    </message>
    <message>
        <source>Outstanding principal, {product}: {amount}</source>
        <translation>অবশিষ্ট আসল, {product}: {amount}</translation>
    </message>
    <message>
        <source>Product {code} is not repaid {mode}.</source>
        <translation>ঋণ প্রকল্প {code}-এ {mode} পরিশোধ হয় না।</translation>
    </message>
    <message>
        <source>Product {code}: a repayment mode is listed twice.</source>
        <translation>ঋণ প্রকল্প {code}: একটি পরিশোধের ধরন দুবার লেখা আছে।</translation>
    </message>
    <message>
        <source>Product {code}: at most 5 guarantors can be required.</source>
        <translation>ঋণ প্রকল্প {code}: সর্বোচ্চ ৫ জন জামিনদার চাওয়া যায়।</translation>
    </message>
    <message>
        <source>Product {code}: each sanction grade must be named once.</source>
        <translation>ঋণ প্রকল্প {code}: মঞ্জুরি ক্ষমতার প্রতিটি গ্রেড একবার করে লিখতে হবে।</translation>
    </message>
    <message>
        <source>Product {code}: the loan-to-value limit must be above 0 and at most 100 %.</source>
        <translation>ঋণ প্রকল্প {code}: বন্ধকি মালের মূল্যের তুলনায় ঋণের সীমা ০-এর বেশি ও সর্বোচ্চ ১০০ % হতে হবে।</translation>
    </message>
    <message>
        <source>Product {code}: the term must be 1–{most} months, shortest first.</source>
        <translation>ঋণ প্রকল্প {code}: মেয়াদ ১–{most} মাস হতে হবে, কমটি আগে।</translation>
    </message>
    <message>
        <source>Repayment mode {mode} falls outside the product's term of {low}–{high} months.</source>
        <translation>পরিশোধের ধরন {mode} ঋণ প্রকল্পের {low}–{high} মাস মেয়াদের বাইরে পড়ে।</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>সঞ্চয়</translation>
    </message>
    <message>
        <source>Savings {id} ({kind}) of {member}: balance {balance}.</source>
        <translation>{member}-এর সঞ্চয় {id} ({kind}): স্থিতি {balance}।</translation>
    </message>
    <message>
        <source>Savings: {amount}</source>
        <translation>সঞ্চয়: {amount}</translation>
    </message>
    <message>
        <source>She already has a compulsory savings account (row {other}).</source>
        <translation>তাঁর আগেই একটি বাধ্যতামূলক সঞ্চয় হিসাব আছে (সারি {other})।</translation>
    </message>
    <message>
        <source>She joined before her group was formed ({date}).</source>
        <translation>তিনি দল গঠনের ({date}) আগে যোগ দিয়েছেন বলে লেখা।</translation>
    </message>
    <message>
        <source>She would have been {age} when she joined: a member is 18 to 99.</source>
        <translation>যোগদানের সময় তাঁর বয়স হতো {age}: সদস্যের বয়স ১৮ থেকে ৯৯।</translation>
    </message>
    <message>
        <source>The ID is missing.</source>
        <translation>আইডি নেই।</translation>
    </message>
    <message>
        <source>The ID {id} is also in row {other}.</source>
        <translation>আইডি {id} সারি {other}-এও আছে।</translation>
    </message>
    <message>
        <source>The branch does not work on that day of the week.</source>
        <translation>শাখা সপ্তাহের ওই দিনে খোলা থাকে না।</translation>
    </message>
    <message>
        <source>The cash in the safe is missing (the cash sheet).</source>
        <translation>সিন্দুকের নগদ লেখা নেই (নগদ শিট)।</translation>
    </message>
    <message>
        <source>The cash sheet has one row: the cash in the safe.</source>
        <translation>নগদ শিটে একটিই সারি: সিন্দুকের নগদ।</translation>
    </message>
    <message>
        <source>The cell holds a control character; type it again.</source>
        <translation>ঘরে একটি নিয়ন্ত্রণ-অক্ষর আছে; আবার লিখুন।</translation>
    </message>
    <message>
        <source>The cell is too long (more than {limit} characters).</source>
        <translation>ঘরের লেখা বেশি লম্বা ({limit}টির বেশি অক্ষর)।</translation>
    </message>
    <message>
        <source>The column {name} is missing.</source>
        <translation>{name} কলামটি নেই।</translation>
    </message>
    <message>
        <source>The date {date} is after today's business date or before 1900.</source>
        <translation>{date} তারিখটি আজকের কাজের তারিখের পরে বা ১৯০০-এর আগে।</translation>
    </message>
    <message>
        <source>The file does not agree with the opening trial balance ({count} difference(s)); nothing was imported.</source>
        <translation>ফাইলটি প্রারম্ভিক রেওয়ামিলের সাথে মেলে না ({count}টি পার্থক্য); কিছুই আনা হয়নি।</translation>
    </message>
    <message>
        <source>The file has {count} problem(s); nothing was imported. Run the dry run to see them.</source>
        <translation>ফাইলে {count}টি সমস্যা আছে; কিছুই আনা হয়নি। দেখতে পরীক্ষামূলক যাচাই চালান।</translation>
    </message>
    <message>
        <source>The folder has no {en}.csv or {bn}.csv.</source>
        <translation>ফোল্ডারে {en}.csv বা {bn}.csv নেই।</translation>
    </message>
    <message>
        <source>The import is done by the branch manager: give --user and the password.</source>
        <translation>পুরোনো হিসাব আনেন শাখা ব্যবস্থাপক: --user ও পাসওয়ার্ড দিন।</translation>
    </message>
    <message>
        <source>The loan may be at most {percent} % of the value of the goods pledged ({value}): at most {allowed}.</source>
        <translation>ঋণ বন্ধক রাখা মালের মূল্যের ({value}) সর্বোচ্চ {percent} % হতে পারে: সর্বোচ্চ {allowed}।</translation>
    </message>
    <message>
        <source>The loan was paid out before she joined.</source>
        <translation>তিনি যোগ দেওয়ার আগে ঋণ বিতরণ দেখানো হয়েছে।</translation>
    </message>
    <message>
        <source>The name is missing (English or Bengali).</source>
        <translation>নাম নেই (ইংরেজি বা বাংলা)।</translation>
    </message>
    <message>
        <source>The national ID {id} is also in row {other}.</source>
        <translation>জাতীয় পরিচয়পত্র নম্বর {id} সারি {other}-এও আছে।</translation>
    </message>
    <message>
        <source>The outstanding principal {outstanding} must be above 0 and at most the amount disbursed ({principal}).</source>
        <translation>অবশিষ্ট আসল {outstanding} শূন্যের বেশি এবং বিতরণকৃত অর্থের ({principal}) সমান বা কম হতে হবে।</translation>
    </message>
    <message>
        <source>The sheet has more than {limit} rows.</source>
        <translation>শিটে {limit}টির বেশি সারি আছে।</translation>
    </message>
    <message>
        <source>The sheet has no header row.</source>
        <translation>শিটে শিরোনামের সারি নেই।</translation>
    </message>
    <message>
        <source>The trial balance needs --savings and --cash (0 if none) besides the outstanding principal.</source>
        <translation>রেওয়ামিলে অবশিষ্ট আসলের সাথে --savings ও --cash (না থাকলে 0) লাগবে।</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>দুটি পাসওয়ার্ড এক নয়।</translation>
    </message>
    <message>
        <source>The workbook has no sheet named {en} or {bn}.</source>
        <translation>ওয়ার্কবুকে {en} বা {bn} নামে কোনো শিট নেই।</translation>
    </message>
    <message>
        <source>This branch has a manager already; she logs in with her own password or one-time code.</source>
        <translation>এই শাখায় আগেই একজন ব্যবস্থাপক আছেন; তিনি নিজের পাসওয়ার্ড বা এককালীন কোড দিয়ে লগইন করবেন।</translation>
    </message>
    <message>
        <source>This cell is empty.</source>
        <translation>এই ঘরটি ফাঁকা।</translation>
    </message>
    <message>
        <source>This is the loan's opening balance from the old system; it is not reversed. Ask head office to correct the opening book.</source>
        <translation>এটি পুরোনো পদ্ধতি থেকে আনা ঋণের প্রারম্ভিক স্থিতি; এর সংশোধনী এন্ট্রি দেওয়া যায় না। প্রারম্ভিক হিসাব ঠিক করতে প্রধান কার্যালয়কে বলুন।</translation>
    </message>
    <message>
        <source>This product needs {needed} personal guarantor(s); {count} named.</source>
        <translation>এই ঋণ প্রকল্পে {needed} জন ব্যক্তিগত জামিনদার লাগে; নাম দেওয়া হয়েছে {count} জনের।</translation>
    </message>
    <message>
        <source>Unknown repayment mode: {mode}</source>
        <translation>অজানা পরিশোধের ধরন: {mode}</translation>
    </message>
    <message>
        <source>Write the branch's name and the institution's.</source>
        <translation>শাখার নাম ও প্রতিষ্ঠানের নাম লিখুন।</translation>
    </message>
    <message>
        <source>compulsory</source>
        <translation>বাধ্যতামূলক</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>সারি {row}</translation>
    </message>
    <message>
        <source>trial balance</source>
        <translation>রেওয়ামিল</translation>
    </message>
    <message>
        <source>voluntary</source>
        <translation>ঐচ্ছিক</translation>
    </message>
    <message>
        <source>{file} cannot be read as CSV from this row on (a quote not closed?).</source>
        <translation>{file} এই সারি থেকে CSV হিসেবে পড়া যাচ্ছে না (উদ্ধৃতিচিহ্ন বন্ধ হয়নি?)।</translation>
    </message>
    <message>
        <source>{file} contains a NUL byte: it is not a CSV text file.</source>
        <translation>{file}-এ একটি NUL বাইট আছে: এটি CSV লেখার ফাইল নয়।</translation>
    </message>
    <message>
        <source>{file} is neither an .xlsx workbook nor a folder of CSV files.</source>
        <translation>{file} কোনো .xlsx ওয়ার্কবুক বা CSV ফাইলের ফোল্ডার নয়।</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text: save it as "CSV UTF-8".</source>
        <translation>{file} UTF-8 লেখা নয়: "CSV UTF-8" হিসেবে সংরক্ষণ করুন।</translation>
    </message>
    <message>
        <source>{file} is not a readable .xlsx workbook (save it again from the spreadsheet program).</source>
        <translation>{file} পড়ার মতো .xlsx ওয়ার্কবুক নয় (স্প্রেডশিট প্রোগ্রাম থেকে আবার সংরক্ষণ করুন)।</translation>
    </message>
    <message>
        <source>{file} is too large ({size} MB; at most {limit} MB).</source>
        <translation>{file} অনেক বড় ({size} MB; সর্বোচ্চ {limit} MB)।</translation>
    </message>
    <message>
        <source>{id}: already imported; left as it is.</source>
        <translation>{id}: আগেই আনা হয়েছে; যেমন আছে তেমন থাকবে।</translation>
    </message>
    <message>
        <source>{number} is outside {low}–{high}.</source>
        <translation>{number} সংখ্যাটি {low}–{high}-এর বাইরে।</translation>
    </message>
    <message>
        <source>{paid} installments paid, but the loan has {count}: a loan paid in full is not an open loan.</source>
        <translation>{paid}টি কিস্তি পরিশোধিত, কিন্তু ঋণে কিস্তি {count}টি: পুরো শোধ হওয়া ঋণ চলতি ঋণ নয়।</translation>
    </message>
    <message>
        <source>{sheet}: {created} to create, {already} already imported</source>
        <translation>{sheet}: {created}টি তৈরি হবে, {already}টি আগেই আনা হয়েছে</translation>
    </message>
    <message>
        <source>{text} is not one of: {words}</source>
        <translation>{text} এগুলোর কোনোটি নয়: {words}</translation>
    </message>
    <message>
        <source>{what}: the file adds up to {file}, the trial balance says {typed}.</source>
        <translation>{what}: ফাইলের যোগফল {file}, রেওয়ামিলে লেখা {typed}।</translation>
    </message>
    <message>
        <source>Each tranche comes on a later day than the one before.</source>
        <translation>প্রতিটি দফার বিতরণ আগের দফার পরের কোনো দিনে হয়।</translation>
    </message>
    <message>
        <source>No installment {number} to extend.</source>
        <translation>{number} নম্বর কিস্তি নেই, মেয়াদ বাড়ানো যায় না।</translation>
    </message>
    <message>
        <source>Product {code}: a loan is paid out in 1 to 12 tranches.</source>
        <translation>ঋণ প্রকল্প {code}: একটি ঋণ ১ থেকে ১২ দফায় বিতরণ হয়।</translation>
    </message>
    <message>
        <source>Product {code}: a salary limit is 1–120 months' salary with a positive cap.</source>
        <translation>ঋণ প্রকল্প {code}: বেতনের সীমা ১–১২০ মাসের বেতন, আর সর্বোচ্চ সীমা শূন্যের বেশি।</translation>
    </message>
    <message>
        <source>Product {code}: an extension is at most 12 months.</source>
        <translation>ঋণ প্রকল্প {code}: মেয়াদ বৃদ্ধি সর্বোচ্চ ১২ মাস।</translation>
    </message>
    <message>
        <source>Product {code}: only a group product can have its sanction powers per group.</source>
        <translation>ঋণ প্রকল্প {code}: শুধু দলীয় ঋণ প্রকল্পের মঞ্জুরি ক্ষমতা দলপ্রতি হতে পারে।</translation>
    </message>
    <message>
        <source>The amount {amount} is above the salary limit of {limit} ({months} months' basic salary of {salary}, at most {cap}).</source>
        <translation>ঋণের পরিমাণ {amount} বেতনের সীমা {limit}-এর বেশি ({salary} মূল বেতনের {months} মাস, সর্বোচ্চ {cap})।</translation>
    </message>
    <message>
        <source>The tranches must be positive and add up to the loan, {amount}.</source>
        <translation>প্রতিটি দফা শূন্যের বেশি হবে, আর সব দফা মিলে ঋণের পরিমাণ {amount} হবে।</translation>
    </message>
    <message>
        <source>This loan is limited by the borrower's basic salary: write her monthly basic salary and whether it is paid through this branch.</source>
        <translation>এই ঋণের সীমা ঋণগ্রহীতার মূল বেতন দিয়ে ঠিক হয়: তাঁর মাসিক মূল বেতন লিখুন, আর বেতন এই শাখা থেকে দেওয়া হয় কি না।</translation>
    </message>
    <message>
        <source>{product} allows an extension of at most {most} month(s).</source>
        <translation>{product}-এ মেয়াদ বৃদ্ধি সর্বোচ্চ {most} মাস।</translation>
    </message>
    <message>
        <source>{product} is paid out in at most {most} tranche(s).</source>
        <translation>{product} সর্বোচ্চ {most} দফায় বিতরণ হয়।</translation>
    </message>
    <message>
        <source>Nothing is left to extend.</source>
        <translation>মেয়াদ বাড়ানোর মতো কোনো কিস্তি বাকি নেই।</translation>
    </message>
</context>
<context>
    <name>BookPage</name>
    <message>
        <source>&amp;Check (nothing is written)</source>
        <translation>যাচাই করুন (কিছুই লেখা হবে না) (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ফাইল (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>নিয়ে আসুন (&amp;I)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>পরিমাণ</translation>
    </message>
    <message>
        <source>CSV folder… (&amp;V)</source>
        <translation>CSV ফোল্ডার বেছে নিন… (&amp;V)</translation>
    </message>
    <message>
        <source>Cash in the safe</source>
        <translation>সিন্দুকে নগদ</translation>
    </message>
    <message>
        <source>Correct the file or the trial balance, then check again: nothing is imported until they agree.</source>
        <translation>ফাইল বা রেওয়ামিল ঠিক করে আবার যাচাই করুন: দুটো না মেলা পর্যন্ত কিছুই আনা হবে না।</translation>
    </message>
    <message>
        <source>Existing book</source>
        <translation>পুরোনো হিসাব</translation>
    </message>
    <message>
        <source>Folder of CSV files</source>
        <translation>CSV ফাইলের ফোল্ডার</translation>
    </message>
    <message>
        <source>Groups, members, open loans, savings and cash from the old system. You may skip this and do it later.</source>
        <translation>পুরোনো পদ্ধতি থেকে দল, সদস্য, চলতি ঋণ, সঞ্চয় ও নগদ। এখন বাদ দিয়ে পরেও করতে পারেন।</translation>
    </message>
    <message>
        <source>Imported: {groups} groups, {members} members, {loans} loans, {savings} savings accounts.</source>
        <translation>আনা হয়েছে: {groups}টি দল, {members} জন সদস্য, {loans}টি ঋণ, {savings}টি সঞ্চয় হিসাব।</translation>
    </message>
    <message>
        <source>Opening trial balance</source>
        <translation>প্রারম্ভিক রেওয়ামিল</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>সঞ্চয়</translation>
    </message>
    <message>
        <source>The branch's existing book</source>
        <translation>শাখার পুরোনো হিসাব</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>ওয়ার্কবুক (*.xlsx)</translation>
    </message>
    <message>
        <source>Workbook… (&amp;W)</source>
        <translation>ওয়ার্কবুক বেছে নিন… (&amp;W)</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Existing book brought in: {members} members, {loans} loans.</source>
        <translation>পুরোনো হিসাব আনা হয়েছে: {members} জন সদস্য, {loans}টি ঋণ।</translation>
    </message>
    <message>
        <source>Head office's reference data did not come yet: {why} The Sync page tries again.</source>
        <translation>প্রধান কার্যালয়ের তথ্য এখনও আসেনি: {why} সিঙ্ক পৃষ্ঠা আবার চেষ্টা করবে।</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>প্রস্তুত</translation>
    </message>
    <message>
        <source>Registered with head office. Loan products: {products}, holidays: {holidays}, staff: {staff}.</source>
        <translation>প্রধান কার্যালয়ে নিবন্ধিত। ঋণ প্রকল্প: {products}, ছুটির দিন: {holidays}, কর্মী: {staff}।</translation>
    </message>
    <message>
        <source>Take {reply} to head office; the first sync (Sync page) then brings the products, holidays, staff and sanction powers.</source>
        <translation>{reply} ফাইলটি প্রধান কার্যালয়ে নিয়ে যান; তারপর প্রথম সিঙ্কে (সিঙ্ক পৃষ্ঠা) ঋণ প্রকল্প, ছুটির দিন, কর্মীদের তালিকা ও মঞ্জুরি ক্ষমতা আসবে।</translation>
    </message>
    <message>
        <source>The existing book can be brought in later: shakha import, or this wizard's page again from Settings.</source>
        <translation>পুরোনো হিসাব পরেও আনা যাবে: shakha import, অথবা সেটিংস থেকে এই ধাপটি আবার।</translation>
    </message>
    <message>
        <source>This PC is now branch {code}'s: {path}</source>
        <translation>এই কম্পিউটার এখন শাখা {code}-এর: {path}</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <source>&amp;Enrolment file</source>
        <translation>নিবন্ধন ফাইল (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Head office's address</source>
        <translation>প্রধান কার্যালয়ের ঠিকানা (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Institution</source>
        <translation>প্রতিষ্ঠান (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Reply file</source>
        <translation>উত্তর-ফাইল (&amp;R)</translation>
    </message>
    <message>
        <source>Branch name (&amp;Bengali)</source>
        <translation>শাখার নাম (বাংলায়) (&amp;B)</translation>
    </message>
    <message>
        <source>Branch name (E&amp;nglish)</source>
        <translation>শাখার নাম (ইংরেজিতে) (&amp;N)</translation>
    </message>
    <message>
        <source>Branch {code}, rules {profile}; head office {hq}; valid until {date}.</source>
        <translation>শাখা {code}, নীতি প্রোফাইল {profile}; প্রধান কার্যালয় {hq}; {date} পর্যন্ত বৈধ।</translation>
    </message>
    <message>
        <source>Choose the enrolment file from head office.</source>
        <translation>প্রধান কার্যালয়ের দেওয়া নিবন্ধন ফাইলটি বেছে নিন।</translation>
    </message>
    <message>
        <source>Choose… (&amp;F)</source>
        <translation>বেছে নিন… (&amp;F)</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>নিবন্ধন ফাইল</translation>
    </message>
    <message>
        <source>Enrolment files (*.enrol *.json);;All files (*)</source>
        <translation>নিবন্ধন ফাইল (*.enrol *.json);;সব ফাইল (*)</translation>
    </message>
    <message>
        <source>Head office gave you an enrolment file for this branch (on a USB stick, or by e-mail).</source>
        <translation>প্রধান কার্যালয় এই শাখার জন্য একটি নিবন্ধন ফাইল দিয়েছে (ইউএসবি স্টিকে বা ই-মেইলে)।</translation>
    </message>
    <message>
        <source>No network: &amp;write the reply for head office to a USB stick</source>
        <translation>নেটওয়ার্ক নেই: প্রধান কার্যালয়ের জন্য উত্তর-ফাইল ইউএসবি স্টিকে লিখুন (&amp;W)</translation>
    </message>
    <message>
        <source>Register &amp;online with head office now</source>
        <translation>এখনই অনলাইনে প্রধান কার্যালয়ে নিবন্ধন করুন (&amp;O)</translation>
    </message>
    <message>
        <source>Set up this PC for a branch</source>
        <translation>এই কম্পিউটারকে একটি শাখার জন্য প্রস্তুত করুন</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Shakha — first start</source>
        <translation>‘শাখা’ — প্রথমবার চালু</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>&amp;New password</source>
        <translation>নতুন পাসওয়ার্ড (&amp;N)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>আবার পাসওয়ার্ড (&amp;A)</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <source>&amp;User name</source>
        <translation>ব্যবহারকারীর নাম (&amp;U)</translation>
    </message>
    <message>
        <source>Head office's staff list has not come yet: make the manager's account now.</source>
        <translation>প্রধান কার্যালয়ের কর্মী-তালিকা এখনও আসেনি: এখন ব্যবস্থাপকের অ্যাকাউন্ট তৈরি করুন।</translation>
    </message>
    <message>
        <source>Name (&amp;Bengali)</source>
        <translation>নাম (বাংলায়) (&amp;B)</translation>
    </message>
    <message>
        <source>Name (E&amp;nglish)</source>
        <translation>নাম (ইংরেজিতে) (&amp;N)</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>নতুন পাসওয়ার্ড (&amp;P)</translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation>এককালীন কোড (&amp;C)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>আবার পাসওয়ার্ড (&amp;A)</translation>
    </message>
    <message>
        <source>The branch manager's password</source>
        <translation>শাখা ব্যবস্থাপকের পাসওয়ার্ড</translation>
    </message>
    <message>
        <source>Type the one-time code head office gave you, then choose your own password.</source>
        <translation>প্রধান কার্যালয়ের দেওয়া এককালীন কোডটি লিখুন, তারপর নিজের পাসওয়ার্ড বেছে নিন।</translation>
    </message>
</context>
<context>
    <name>RepaymentMode</name>
    <message>
        <source>Fortnightly</source>
        <translation>পাক্ষিক</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>ষান্মাসিক</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>মাসিক</translation>
    </message>
    <message>
        <source>One-time, after {months} months</source>
        <translation>এককালীন, {months} মাস পরে</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>ত্রৈমাসিক</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>সাপ্তাহিক</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>বার্ষিক</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Bring in the &amp;existing book…</source>
        <translation>পুরোনো হিসাব নিয়ে আসুন… (&amp;E)</translation>
    </message>
    <message>
        <source>Save a &amp;support bundle…</source>
        <translation>সহায়তার জন্য তথ্য-ফাইল সংরক্ষণ করুন… (&amp;S)</translation>
    </message>
    <message>
        <source>Save a support bundle</source>
        <translation>সহায়তার জন্য তথ্য-ফাইল সংরক্ষণ</translation>
    </message>
    <message>
        <source>Writing the support bundle …</source>
        <translation>সহায়তার তথ্য-ফাইল লেখা হচ্ছে …</translation>
    </message>
    <message>
        <source>Written: {path}. It holds no member's data.</source>
        <translation>লেখা হয়েছে: {path}। এতে কোনো সদস্যের তথ্য নেই।</translation>
    </message>
    <message>
        <source>Zip (*.zip)</source>
        <translation>জিপ (*.zip)</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Shakha was updated: the database was upgraded to this version. The copy from before is kept at {path}.</source>
        <translation>‘শাখা’ হালনাগাদ হয়েছে: ডেটাবেস এই সংস্করণে উন্নীত করা হয়েছে। আগের কপিটি রাখা আছে {path}-এ।</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Language</source>
        <translation>ভাষা (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Set up this PC for a branch (enrolment file from head office)</source>
        <translation>এই কম্পিউটারকে একটি শাখার জন্য প্রস্তুত করুন (প্রধান কার্যালয়ের নিবন্ধন ফাইল দিয়ে) (&amp;S)</translation>
    </message>
    <message>
        <source>This computer has no branch database yet.</source>
        <translation>এই কম্পিউটারে এখনও কোনো শাখার ডেটাবেস নেই।</translation>
    </message>
    <message>
        <source>Try the &amp;demo (a made-up branch to practise on)</source>
        <translation>ডেমো চালিয়ে দেখুন (অনুশীলনের জন্য একটি কাল্পনিক শাখা) (&amp;D)</translation>
    </message>
    <message>
        <source>Welcome to Shakha</source>
        <translation>‘শাখা’-তে স্বাগতম</translation>
    </message>
</context>
<context>
    <name></name>
    <message>
        <source>Tranches can be closed only after one is paid.</source>
        <translation>অন্তত একটি দফা বিতরণের পরেই দফা বন্ধ করা যায়।</translation>
    </message>
    <message>
        <source>Part of this loan was paid out in tranches; pay the next tranche or close the tranches.</source>
        <translation>এই ঋণের একাংশ দফায় বিতরণ হয়েছে; পরের দফা বিতরণ করুন, নয়তো দফা বন্ধ করুন।</translation>
    </message>
    <message>
        <source>A tranche must be a positive amount.</source>
        <translation>দফার পরিমাণ শূন্যের বেশি হতে হবে।</translation>
    </message>
    <message>
        <source>{product} is paid out in one payment, not in tranches.</source>
        <translation>{product} একবারে পুরো বিতরণ হয়, দফায় নয়।</translation>
    </message>
    <message>
        <source>Tranche {number} of at most {most} can be at most {left}, and the last must be all of it.</source>
        <translation>সর্বোচ্চ {most} দফার মধ্যে {number} নম্বর দফা বড়জোর {left} হতে পারে, আর শেষ দফায় বাকি পুরোটা দিতে হবে।</translation>
    </message>
    <message>
        <source>The first tranche must be more than what is kept back from it, {amount}.</source>
        <translation>প্রথম দফা তা থেকে কেটে রাখা অঙ্ক {amount}-এর বেশি হতে হবে।</translation>
    </message>
    <message>
        <source>Give the reason for closing the tranches.</source>
        <translation>দফা বন্ধ করার কারণ লিখুন।</translation>
    </message>
    <message>
        <source>No tranche of this loan has been paid; there are no tranches to close.</source>
        <translation>এই ঋণের কোনো দফা এখনও বিতরণ হয়নি; বন্ধ করার মতো দফা নেই।</translation>
    </message>
    <message>
        <source>A later tranche of this loan was paid; reverse the later tranches first.</source>
        <translation>এই ঋণের পরের একটি দফা বিতরণ হয়েছে; আগে পরের দফাগুলোর সংশোধনী এন্ট্রি দিন।</translation>
    </message>
    <message>
        <source>Monthly basic salary</source>
        <translation>মাসিক মূল বেতন</translation>
    </message>
    <message>
        <source>Salary paid through this branch</source>
        <translation>বেতন এই শাখা থেকে দেওয়া হয়</translation>
    </message>
    <message>
        <source>Part of this loan was paid out in tranches; reverse them before rejecting it, or close the tranches.</source>
        <translation>এই ঋণের একাংশ দফায় বিতরণ হয়েছে; নামঞ্জুর করার আগে সেই দফাগুলোর সংশোধনী এন্ট্রি দিন, নয়তো দফা বন্ধ করুন।</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Monthly basic salary</source>
        <translation>মাসিক মূল বেতন</translation>
    </message>
    <message>
        <source>Salary paid through this branch</source>
        <translation>বেতন এই শাখা থেকে দেওয়া হয়</translation>
    </message>
</context>
<context>
    <name>LoanDialog</name>
    <message>
        <source>Note for the sanction (optional)</source>
        <translation>মঞ্জুরির মন্তব্য (ঐচ্ছিক)</translation>
    </message>
    <message>
        <source>The verdict referred this application to you:</source>
        <translation>যাচাইয়ের ফলাফলে এই আবেদন আপনার সিদ্ধান্তের জন্য পাঠানো হয়েছে:</translation>
    </message>
    <message>
        <source>Tranche {number} of at most {most} — amount (left to pay out: {left})</source>
        <translation>সর্বোচ্চ {most} দফার {number} নম্বর দফা — পরিমাণ (বিতরণ বাকি: {left})</translation>
    </message>
    <message>
        <source>Close the tranches</source>
        <translation>দফা বন্ধ করুন</translation>
    </message>
    <message>
        <source>No more tranches: the loan becomes what was paid out. Reason</source>
        <translation>আর কোনো দফা নয়: যতটা বিতরণ হয়েছে ঋণ ততটাই হবে। কারণ</translation>
    </message>
</context>
<context>
    <name>print</name>
    <message>
        <source>In up to {n} tranches</source>
        <translation>সর্বোচ্চ {n} দফায়</translation>
    </message>
    <message>
        <source>Tranche {n}</source>
        <translation>{n} নম্বর দফা</translation>
    </message>
    <message>
        <source>{amount}, paid on {date}</source>
        <translation>{amount}, {date} তারিখে বিতরণ হয়েছে</translation>
    </message>
    <message>
        <source>{amount}, the rest, if paid on {date}</source>
        <translation>{amount}, বাকি অংশ, যদি {date} তারিখে বিতরণ হয়</translation>
    </message>
    <message>
        <source>Tranches closed</source>
        <translation>দফা বন্ধ</translation>
    </message>
    <message>
        <source>On {date}: the loan is what was paid out, {amount}</source>
        <translation>{date} তারিখে: যতটা বিতরণ হয়েছে ঋণ ততটাই, {amount}</translation>
    </message>
    <message>
        <source>Repayment of tranches</source>
        <translation>দফায় বিতরণ হওয়া ঋণের পরিশোধ</translation>
    </message>
    <message>
        <source>Repayment starts from the last tranche; each earlier tranche's interest (actual days ÷ 365) is added to the first installment.</source>
        <translation>পরিশোধ শুরু হয় শেষ দফা থেকে; আগের প্রতিটি দফার সুদ (প্রকৃত দিন ÷ ৩৬৫) প্রথম কিস্তির সঙ্গে যোগ হয়।</translation>
    </message>
    <message>
        <source>The days of the tranches are not known yet. The figures here are for the whole loan paid at once on {date}. Paid in more tranches, repayment starts from the last tranche and each earlier tranche's interest (actual days ÷ 365) is added to the first installment.</source>
        <translation>দফাগুলোর তারিখ এখনও জানা নেই। এখানের হিসাব পুরো ঋণ একবারে {date} তারিখে বিতরণ হলে। একাধিক দফায় বিতরণ হলে পরিশোধ শুরু হয় শেষ দফা থেকে, আর আগের প্রতিটি দফার সুদ (প্রকৃত দিন ÷ ৩৬৫) প্রথম কিস্তির সঙ্গে যোগ হয়।</translation>
    </message>
    <message>
        <source>Interest of a tranche before the last</source>
        <translation>শেষ দফার আগের দফার সুদ</translation>
    </message>
    <message>
        <source>{amount} a day if the whole loan came a day before the last tranche; less for a smaller tranche</source>
        <translation>পুরো ঋণ শেষ দফার এক দিন আগে পেলে দিনে {amount}; ছোট দফায় কম</translation>
    </message>
    <message>
        <source>{date} ({days} days after the last tranche)</source>
        <translation>{date} (শেষ দফার {days} দিন পর)</translation>
    </message>
</context>
</TS>

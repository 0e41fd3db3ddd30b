<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_BD">
<context>
    <name />
    <message>
        <location filename="../app/commands/db.py" line="26" />
        <location filename="../app/commands/print.py" line="17" />
        <location filename="../app/commands/report.py" line="25" />
        <location filename="../app/db/migrate.py" line="67" />
        <source>Database file not found: {path}</source>
        <translation>ডাটাবেস ফাইল পাওয়া যায়নি: {path}</translation>
    </message>
    <message>
        <location filename="../app/commands/db.py" line="68" />
        <source>The database check found problems (listed above).</source>
        <translation>ডাটাবেস পরীক্ষায় সমস্যা পাওয়া গেছে (উপরে তালিকা দেওয়া আছে)।</translation>
    </message>
    <message>
        <location filename="../app/commands/demo.py" line="16" />
        <source>Give the new database file with --db PATH.</source>
        <translation>নতুন ডাটাবেস ফাইলটি --db PATH দিয়ে দিন।</translation>
    </message>
    <message>
        <location filename="../app/commands/demo.py" line="22" />
        <location filename="../app/commands/print.py" line="42" />
        <location filename="../app/commands/report.py" line="19" />
        <source>Not a date (YYYY-MM-DD): {text}</source>
        <translation>এটি তারিখ নয় (YYYY-MM-DD): {text}</translation>
    </message>
    <message>
        <location filename="../app/commands/report.py" line="47" />
        <source>The end date is before the start date.</source>
        <translation>শেষের তারিখ শুরুর তারিখের আগে।</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="28" />
        <source>Missing key: {key}</source>
        <translation>{key} দেওয়া হয়নি</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="30" />
        <source>{key} must be a decimal string, e.g. "1000.00"</source>
        <translation>{key} দশমিক সংখ্যা হতে হবে, যেমন "1000.00"</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="35" />
        <location filename="../app/commands/schedule.py" line="38" />
        <source>{key} is not a number: {value}</source>
        <translation>{key} সংখ্যা নয়: {value}</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="45" />
        <source>{key} must be a whole number</source>
        <translation>{key} পূর্ণ সংখ্যা হতে হবে</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="55" />
        <source>{key}: unknown word {value!r}; use one of {allowed}</source>
        <translation>{key}: অজানা শব্দ {value!r}; এগুলির একটি দিন: {allowed}</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="62" />
        <source>fees must be a list</source>
        <translation>ফি একটি তালিকা হতে হবে</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="66" />
        <source>each fee is {{"amount": "…", "deducted": true}}</source>
        <translation>প্রতিটি ফি এভাবে দিন: {{"amount": "…", "deducted": true}}</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="70" />
        <source>fee amount out of range: {value}</source>
        <translation>ফি-এর পরিমাণ সীমার বাইরে: {value}</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="77" />
        <source>Input must be one JSON object.</source>
        <translation>ইনপুট একটি JSON অবজেক্ট হতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="80" />
        <source>Unknown key(s): {keys}</source>
        <translation>অজানা ঘর: {keys}</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="83" />
        <source>principal must be above 0 and at most 10^12</source>
        <translation>আসল ০-এর বেশি এবং সর্বোচ্চ 10^12 হতে হবে</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="86" />
        <source>annual_rate must be between 0 and 100 (percent)</source>
        <translation>বার্ষিক সুদের হার ০ থেকে ১০০ (শতাংশ) হতে হবে</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="89" />
        <source>installments must be between 1 and 1000</source>
        <translation>কিস্তির সংখ্যা ১ থেকে ১০০০ হতে হবে</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="92" />
        <source>rounding_multiple must be positive and below the principal</source>
        <translation>রাউন্ডিং গুণিতক ধনাত্মক এবং আসলের চেয়ে কম হতে হবে</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="95" />
        <source>grace_principal must be at least 0 and below installments</source>
        <translation>গ্রেস কিস্তি ০ বা বেশি এবং মোট কিস্তির চেয়ে কম হতে হবে</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="99" />
        <source>disbursed_on must be an ISO date (YYYY-MM-DD)</source>
        <translation>বিতরণের তারিখ YYYY-MM-DD আকারে দিন</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="108" />
        <source>fees must be less than the principal</source>
        <translation>ফি আসলের চেয়ে কম হতে হবে</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="133" />
        <source>Input is not valid JSON: {error}</source>
        <translation>ইনপুট সঠিক JSON নয়: {error}</translation>
    </message>
    <message>
        <location filename="../app/db/migrate.py" line="104" />
        <source>Not a readable Shakha backup: {path}</source>
        <translation>এটি পড়া যায় এমন শাখা ব্যাকআপ নয়: {path}</translation>
    </message>
    <message>
        <location filename="../app/db/migrate.py" line="136" />
        <source>Could not create the database: {error}</source>
        <translation>ডাটাবেস তৈরি করা গেল না: {error}</translation>
    </message>
    <message>
        <location filename="../app/db/migrate.py" line="147" />
        <source>upgraded copy failed the integrity check</source>
        <translation>আপগ্রেড করা কপি পরীক্ষায় উত্তীর্ণ হয়নি</translation>
    </message>
    <message>
        <location filename="../app/db/migrate.py" line="151" />
        <source>The database upgrade failed ({error}). Your data was not changed; a backup is at {backup}.</source>
        <translation>ডাটাবেস আপগ্রেড ব্যর্থ হয়েছে ({error})। আপনার তথ্য বদলায়নি; ব্যাকআপ আছে এখানে: {backup}।</translation>
    </message>
    <message>
        <location filename="../app/demo/generator.py" line="100" />
        <source>Unknown policy profile: {profile}</source>
        <translation>অজানা নীতি প্রোফাইল: {profile}</translation>
    </message>
    <message>
        <location filename="../app/demo/generator.py" line="102" />
        <source>Members must be 5–100,000 and years 1–20.</source>
        <translation>সদস্য ৫–১,০০,০০০ এবং বছর ১–২০ হতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/demo/generator.py" line="113" />
        <source>{path} already holds a branch; choose a new file.</source>
        <translation>{path} ফাইলে আগে থেকেই একটি শাখা আছে; নতুন ফাইল বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../app/domain/products.py" line="119" />
        <source>Unknown product field(s): {names}</source>
        <translation>ঋণ প্রকল্পের অজানা ঘর: {names}</translation>
    </message>
    <message>
        <location filename="../app/domain/products.py" line="127" />
        <source>Incomplete product: {error}</source>
        <translation>ঋণ প্রকল্প অসম্পূর্ণ: {error}</translation>
    </message>
    <message>
        <location filename="../app/domain/products.py" line="134" />
        <source>Product {code}: amount range is invalid.</source>
        <translation>ঋণ প্রকল্প {code}: টাকার সীমা সঠিক নয়।</translation>
    </message>
    <message>
        <location filename="../app/domain/products.py" line="138" />
        <source>Product {code}: installment range is invalid.</source>
        <translation>ঋণ প্রকল্প {code}: কিস্তির সীমা সঠিক নয়।</translation>
    </message>
    <message>
        <location filename="../app/domain/products.py" line="141" />
        <source>Product {code}: rate must be 0–100 %.</source>
        <translation>ঋণ প্রকল্প {code}: সুদের হার ০–১০০ % হতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/domain/products.py" line="145" />
        <source>Product {code}: rate above the {cap} % cap.</source>
        <translation>ঋণ প্রকল্প {code}: সুদের হার {cap} % সীমার বেশি।</translation>
    </message>
    <message>
        <location filename="../app/domain/products.py" line="170" />
        <source>Product field {name} has an invalid value: {value}</source>
        <translation>ঋণ প্রকল্পের ঘর {name}-এর মান সঠিক নয়: {value}</translation>
    </message>
    <message>
        <location filename="../app/format.py" line="89" />
        <source>An amount cannot be negative: {text}</source>
        <translation>টাকার পরিমাণ ঋণাত্মক হতে পারে না: {text}</translation>
    </message>
    <message>
        <location filename="../app/format.py" line="91" />
        <location filename="../app/format.py" line="95" />
        <source>Not an amount: {text}</source>
        <translation>এটি টাকার পরিমাণ নয়: {text}</translation>
    </message>
    <message>
        <location filename="../app/format.py" line="98" />
        <source>At most two decimals: {text}</source>
        <translation>দশমিকের পরে সর্বোচ্চ দুই ঘর: {text}</translation>
    </message>
    <message>
        <location filename="../app/format.py" line="100" />
        <source>The amount is too large: {text}</source>
        <translation>পরিমাণটি খুব বড়: {text}</translation>
    </message>
    <message>
        <location filename="../app/format.py" line="107" />
        <source>Not a whole number: {text}</source>
        <translation>এটি পূর্ণ সংখ্যা নয়: {text}</translation>
    </message>
    <message>
        <location filename="../app/services/common.py" line="33" />
        <source>Your role ({role}) may not do this.</source>
        <translation>আপনার পদ ({role}) এই কাজের অনুমতি দেয় না।</translation>
    </message>
    <message>
        <location filename="../app/services/common.py" line="40" />
        <source>This database has no branch set up.</source>
        <translation>এই ডাটাবেসে কোনো শাখা তৈরি করা নেই।</translation>
    </message>
    <message>
        <location filename="../app/services/common.py" line="48" />
        <source>The day {date} is closed; nothing can be posted on it.</source>
        <translation>{date} তারিখের হিসাব সমাপ্ত; ওই দিনে আর কিছু পোস্ট করা যাবে না।</translation>
    </message>
    <message>
        <location filename="../app/services/users.py" line="57" />
        <source>Wrong user name or password.</source>
        <translation>ব্যবহারকারীর নাম বা পাসওয়ার্ড ভুল।</translation>
    </message>
    <message>
        <location filename="../app/services/users.py" line="67" />
        <source>User name and name are required.</source>
        <translation>ব্যবহারকারীর নাম ও পুরো নাম দিতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/services/users.py" line="69" />
        <source>Unknown role: {role}</source>
        <translation>অজানা পদ: {role}</translation>
    </message>
    <message>
        <location filename="../app/services/users.py" line="71" />
        <location filename="../app/services/users.py" line="93" />
        <source>The password must have at least {n} characters.</source>
        <translation>পাসওয়ার্ডে অন্তত {n}টি অক্ষর থাকতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/services/users.py" line="75" />
        <source>The user name {name} is taken.</source>
        <translation>{name} নামটি আগেই নেওয়া হয়েছে।</translation>
    </message>
    <message>
        <location filename="../app/services/users.py" line="90" />
        <source>Only a logged-in user can change a password.</source>
        <translation>শুধু লগ-ইন করা ব্যবহারকারী পাসওয়ার্ড বদলাতে পারেন।</translation>
    </message>
    <message>
        <location filename="../app/services/users.py" line="107" />
        <source>No such user.</source>
        <translation>এমন কোনো ব্যবহারকারী নেই।</translation>
    </message>
    <message>
        <location filename="../ui/i18n.py" line="34" />
        <source>Something went wrong. The details were saved to the log file.</source>
        <translation>কিছু একটা ভুল হয়েছে। বিস্তারিত লগ ফাইলে রাখা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../app/commands/print.py" line="24" />
        <source>Cannot write {path}: the folder does not exist.</source>
        <translation>{path} লেখা যাচ্ছে না: ফোল্ডারটি নেই।</translation>
    </message>
    <message>
        <location filename="../app/commands/print.py" line="31" />
        <source>Cannot write {path}: {error}</source>
        <translation>{path} লেখা যাচ্ছে না: {error}</translation>
    </message>
    <message>
        <location filename="../app/services/ledger_ops.py" line="66" />
        <source>{member} has no open loan to repay.</source>
        <translation>{member}-এর পরিশোধ করার মতো কোনো চালু ঋণ নেই।</translation>
    </message>
    <message>
        <location filename="../app/services/ledger_ops.py" line="86" />
        <source>{member} paid {paid}, which is {extra} more than she owes and may pay in advance.</source>
        <translation>{member} {paid} দিয়েছেন, যা তাঁর দেয় ও অগ্রিম দেওয়ার সীমার চেয়ে {extra} বেশি।</translation>
    </message>
    <message>
        <location filename="../app/services/ledger_ops.py" line="189" />
        <source>{member}'s compulsory savings are held as security while her loan is open.</source>
        <translation>ঋণ চালু থাকা পর্যন্ত {member}-এর বাধ্যতামূলক সঞ্চয় জামানত হিসেবে আটকে আছে।</translation>
    </message>
    <message>
        <location filename="../app/services/ledger_ops.py" line="193" />
        <source>{member} has only {balance} in savings.</source>
        <translation>{member}-এর সঞ্চয়ে আছে মাত্র {balance}।</translation>
    </message>
    <message>
        <location filename="../app/services/meetings.py" line="75" />
        <source>No such meeting.</source>
        <translation>এমন কোনো সভা নেই।</translation>
    </message>
    <message>
        <location filename="../app/services/meetings.py" line="100" />
        <location filename="../app/services/meetings.py" line="228" />
        <source>This meeting is already {status}.</source>
        <translation>এই সভাটি ইতিমধ্যে {status}।</translation>
    </message>
    <message>
        <location filename="../app/services/meetings.py" line="111" />
        <source>This meeting was already posted.</source>
        <translation>এই সভা আগেই পোস্ট করা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../app/services/meetings.py" line="113" />
        <source>This meeting was marked as not held.</source>
        <translation>এই সভা "হয়নি" হিসেবে চিহ্নিত।</translation>
    </message>
    <message>
        <location filename="../app/services/meetings.py" line="115" />
        <source>A meeting of {date} cannot be posted before that day.</source>
        <translation>{date} তারিখের সভা সেই দিনের আগে পোস্ট করা যায় না।</translation>
    </message>
    <message>
        <location filename="../app/services/meetings.py" line="123" />
        <source>Member {member} is not in this group.</source>
        <translation>সদস্য {member} এই দলের নন।</translation>
    </message>
    <message>
        <location filename="../app/services/meetings.py" line="126" />
        <source>Member {member} appears twice.</source>
        <translation>সদস্য {member} দুবার এসেছেন।</translation>
    </message>
    <message>
        <location filename="../app/services/meetings.py" line="130" />
        <source>Unknown attendance: {value}</source>
        <translation>অজানা হাজিরা: {value}</translation>
    </message>
    <message>
        <location filename="../app/services/meetings.py" line="134" />
        <source>Amounts cannot be negative.</source>
        <translation>টাকার পরিমাণ ঋণাত্মক হতে পারে না।</translation>
    </message>
    <message>
        <location filename="../app/services/meetings.py" line="137" />
        <source>The entered amounts come to {entered} but the cash counted is {counted}. Correct one of them before posting.</source>
        <translation>লেখা টাকার মোট {entered}, কিন্তু গোনা নগদ {counted}। পোস্ট করার আগে একটি ঠিক করুন।</translation>
    </message>
    <message>
        <location filename="../app/services/meetings.py" line="182" />
        <source>A reversal needs a reason.</source>
        <translation>সংশোধনী এন্ট্রির কারণ লিখতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/services/meetings.py" line="187" />
        <source>Only a posted meeting can be reversed.</source>
        <translation>শুধু পোস্ট করা সভার সংশোধনী এন্ট্রি করা যায়।</translation>
    </message>
    <message>
        <location filename="../app/services/meetings.py" line="224" />
        <source>Say why the meeting was not held.</source>
        <translation>সভা কেন হয়নি তা লিখুন।</translation>
    </message>
</context>
<context>
    <name>CashView</name>
    <message>
        <location filename="../ui/views/cash_view.py" line="19" />
        <source>Entry</source>
        <translation>বিবরণ</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="20" />
        <source>Staff</source>
        <translation>কর্মী</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="21" />
        <source>Receipts</source>
        <translation>জমা (প্রাপ্তি)</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="22" />
        <source>Payments</source>
        <translation>প্রদান</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="26" />
        <source>Loan disbursement</source>
        <translation>ঋণ বিতরণ</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="27" />
        <source>Loan repayment</source>
        <translation>ঋণ পরিশোধ</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="28" />
        <source>Savings deposit</source>
        <translation>সঞ্চয় জমা</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="29" />
        <source>Savings withdrawal</source>
        <translation>সঞ্চয় উত্তোলন</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="30" />
        <source>Processing fee</source>
        <translation>প্রক্রিয়াকরণ ফি</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="30" />
        <source>Insurance</source>
        <translation>বীমা</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="31" />
        <source>Penalty</source>
        <translation>জরিমানা</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="31" />
        <source>Recovery after write-off</source>
        <translation>অবলোপনের পর আদায়</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="32" />
        <source>Expense</source>
        <translation>খরচ</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="36" />
        <source>Cash book</source>
        <translation>ক্যাশ বই</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="44" />
        <source>Opening {opening} + receipts {receipts} − payments {payments} = closing {closing}</source>
        <translation>প্রারম্ভিক {opening} + প্রাপ্তি {receipts} − প্রদান {payments} = সমাপনী {closing}</translation>
    </message>
</context>
<context>
    <name>GroupsView</name>
    <message>
        <location filename="../ui/views/groups_view.py" line="16" />
        <source>Code</source>
        <translation>কোড</translation>
    </message>
    <message>
        <location filename="../ui/views/groups_view.py" line="17" />
        <source>Group</source>
        <translation>দল</translation>
    </message>
    <message>
        <location filename="../ui/views/groups_view.py" line="18" />
        <source>Village</source>
        <translation>গ্রাম</translation>
    </message>
    <message>
        <location filename="../ui/views/groups_view.py" line="19" />
        <source>Meeting day</source>
        <translation>সভার দিন</translation>
    </message>
    <message>
        <location filename="../ui/views/groups_view.py" line="20" />
        <source>Time</source>
        <translation>সময়</translation>
    </message>
    <message>
        <location filename="../ui/views/groups_view.py" line="21" />
        <source>Field officer</source>
        <translation>মাঠকর্মী</translation>
    </message>
    <message>
        <location filename="../ui/views/groups_view.py" line="22" />
        <source>Members</source>
        <translation>সদস্য</translation>
    </message>
    <message>
        <location filename="../ui/views/groups_view.py" line="26" />
        <source>Groups</source>
        <translation>দল</translation>
    </message>
</context>
<context>
    <name>LoansView</name>
    <message>
        <location filename="../ui/views/loans_view.py" line="19" />
        <source>Loan no.</source>
        <translation>ঋণ নং</translation>
    </message>
    <message>
        <location filename="../ui/views/loans_view.py" line="20" />
        <source>Member</source>
        <translation>সদস্য</translation>
    </message>
    <message>
        <location filename="../ui/views/loans_view.py" line="21" />
        <source>Disbursed</source>
        <translation>বিতরণের তারিখ</translation>
    </message>
    <message>
        <location filename="../ui/views/loans_view.py" line="22" />
        <source>Loan amount</source>
        <translation>ঋণের পরিমাণ</translation>
    </message>
    <message>
        <location filename="../ui/views/loans_view.py" line="23" />
        <source>Outstanding</source>
        <translation>বকেয়া ঋণ স্থিতি</translation>
    </message>
    <message>
        <location filename="../ui/views/loans_view.py" line="27" />
        <source>Loans (disbursed, not yet repaid)</source>
        <translation>ঋণ (বিতরণ হয়েছে, পরিশোধ বাকি)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/login_dialog.py" line="64" />
        <source>Shakha — log in</source>
        <translation>শাখা — লগ-ইন</translation>
    </message>
    <message>
        <location filename="../ui/login_dialog.py" line="65" />
        <source>Branch: {name}</source>
        <translation>শাখা: {name}</translation>
    </message>
    <message>
        <location filename="../ui/login_dialog.py" line="66" />
        <source>&amp;User name</source>
        <translation>ব্যবহারকারীর নাম (&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/login_dialog.py" line="67" />
        <source>&amp;Password</source>
        <translation>পাসওয়ার্ড (&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/login_dialog.py" line="68" />
        <source>&amp;Language</source>
        <translation>ভাষা (&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/login_dialog.py" line="69" />
        <source>Demo branch: log in as manager, officer1 or accountant with the password demo.</source>
        <translation>ডেমো শাখা: manager, officer1 বা accountant নামে, পাসওয়ার্ড demo দিয়ে লগ-ইন করুন।</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="78" />
        <source>Shakha — branch office</source>
        <translation>শাখা — শাখা অফিস</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="79" />
        <source>Today</source>
        <translation>আজ</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="79" />
        <source>Groups</source>
        <translation>দল</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="79" />
        <source>Members</source>
        <translation>সদস্য</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="79" />
        <source>Loans</source>
        <translation>ঋণ</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="80" />
        <source>Cash</source>
        <translation>ক্যাশ</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="80" />
        <source>Reports</source>
        <translation>রিপোর্ট</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="80" />
        <source>Sync</source>
        <translation>সিঙ্ক</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="80" />
        <source>Settings</source>
        <translation>সেটিংস</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="89" />
        <source>Branch: {name} ({code})</source>
        <translation>শাখা: {name} ({code})</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="91" />
        <source>User: {name}</source>
        <translation>ব্যবহারকারী: {name}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="92" />
        <source>Business date: {date}</source>
        <translation>কাজের তারিখ: {date}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="95" />
        <source>Sync: {n} pending</source>
        <translation>সিঙ্ক: {n}টি বাকি</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="96" />
        <source>Sync: up to date</source>
        <translation>সিঙ্ক: সম্পন্ন</translation>
    </message>
</context>
<context>
    <name>MeetingEntryDialog</name>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="139" />
        <source>Meeting entry</source>
        <translation>সভার এন্ট্রি</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="140" />
        <source>Meeting of {group} on {date}</source>
        <translation>{group}-এর সভা, {date}</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="143" />
        <source>Code</source>
        <translation>কোড</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="143" />
        <source>Member</source>
        <translation>সদস্য</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="143" />
        <source>Installment</source>
        <translation>কিস্তি</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="143" />
        <source>Due</source>
        <translation>প্রাপ্য</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="144" />
        <source>Arrears</source>
        <translation>বকেয়া</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="144" />
        <source>Savings due</source>
        <translation>প্রাপ্য সঞ্চয়</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="144" />
        <source>Received</source>
        <translation>আদায়</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="145" />
        <source>Savings deposit</source>
        <translation>সঞ্চয় জমা</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="145" />
        <source>Withdrawal</source>
        <translation>উত্তোলন</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="145" />
        <source>Attendance</source>
        <translation>হাজিরা</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="146" />
        <source>&amp;Cash counted</source>
        <translation>গোনা নগদ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="147" />
        <source>Post (Ctrl+Enter)</source>
        <translation>পোস্ট (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="148" />
        <source>Save draft (Ctrl+S)</source>
        <translation>খসড়া সংরক্ষণ (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="167" />
        <source>Attendance of {member}: type P, A, S or L.</source>
        <translation>{member}-এর হাজিরা: P, A, S বা L লিখুন (অথবা উ, অ, ছ)।</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="194" />
        <source>Received {r} · savings {d} · withdrawn {w} · cash to count {n}</source>
        <translation>আদায় {r} · সঞ্চয় {d} · উত্তোলন {w} · গুনতে হবে {n}</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="198" />
        <source>red cells are not amounts</source>
        <translation>লাল ঘরগুলি টাকার পরিমাণ নয়</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="220" />
        <source>Meeting posted: {amount} collected.</source>
        <translation>সভা পোস্ট হয়েছে: আদায় {amount}।</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <location filename="../ui/views/members_view.py" line="17" />
        <source>Code</source>
        <translation>কোড</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="18" />
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="19" />
        <source>Husband / guardian</source>
        <translation>স্বামী / অভিভাবক</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="20" />
        <source>Group</source>
        <translation>দল</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="21" />
        <source>Village</source>
        <translation>গ্রাম</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="22" />
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="26" />
        <source>active</source>
        <translation>সক্রিয়</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="26" />
        <source>dropped out</source>
        <translation>ঝরে পড়েছেন</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="27" />
        <source>deceased</source>
        <translation>মৃত</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="27" />
        <source>transferred</source>
        <translation>স্থানান্তরিত</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="31" />
        <source>Members</source>
        <translation>সদস্য</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../ui/views/reports_view.py" line="19" />
        <source>Days past due</source>
        <translation>মেয়াদোত্তীর্ণ দিন</translation>
    </message>
    <message>
        <location filename="../ui/views/reports_view.py" line="20" />
        <source>Loans</source>
        <translation>ঋণ</translation>
    </message>
    <message>
        <location filename="../ui/views/reports_view.py" line="21" />
        <source>Outstanding principal</source>
        <translation>বকেয়া আসল</translation>
    </message>
    <message>
        <location filename="../ui/views/reports_view.py" line="26" />
        <source>current (not late)</source>
        <translation>নিয়মিত (বকেয়া নেই)</translation>
    </message>
    <message>
        <location filename="../ui/views/reports_view.py" line="28" />
        <source>over 180 days</source>
        <translation>১৮০ দিনের বেশি</translation>
    </message>
    <message>
        <location filename="../ui/views/reports_view.py" line="30" />
        <source>{low}–{high} days</source>
        <translation>{low}–{high} দিন</translation>
    </message>
    <message>
        <location filename="../ui/views/reports_view.py" line="34" />
        <source>Portfolio at risk (PAR) and ageing</source>
        <translation>ঝুঁকিপূর্ণ ঋণ (PAR) ও বকেয়ার বয়স</translation>
    </message>
    <message>
        <location filename="../ui/views/reports_view.py" line="45" />
        <source>{loans} loans, outstanding {outstanding}; PAR&gt;0: {par1}, PAR&gt;30: {par30}, PAR&gt;90: {par90}</source>
        <translation>{loans}টি ঋণ, বকেয়া স্থিতি {outstanding}; PAR&gt;০: {par1}, PAR&gt;৩০: {par30}, PAR&gt;৯০: {par90}</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../ui/views/settings_view.py" line="55" />
        <source>Settings</source>
        <translation>সেটিংস</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="56" />
        <source>&amp;Language</source>
        <translation>ভাষা (&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="57" />
        <source>Current password</source>
        <translation>বর্তমান পাসওয়ার্ড</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="58" />
        <source>New password</source>
        <translation>নতুন পাসওয়ার্ড</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="59" />
        <source>&amp;Change password</source>
        <translation>পাসওয়ার্ড বদলান (&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="78" />
        <source>The password was changed.</source>
        <translation>পাসওয়ার্ড বদলানো হয়েছে।</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../ui/views/sync_view.py" line="32" />
        <source>Sync with head office</source>
        <translation>প্রধান কার্যালয়ের সাথে সিঙ্ক</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="33" />
        <source>&amp;Refresh</source>
        <translation>হালনাগাদ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="39" />
        <source>Everything has reached head office.</source>
        <translation>সব তথ্য প্রধান কার্যালয়ে পৌঁছেছে।</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="43" />
        <source>{n} events not yet at head office, oldest from {oldest}; last acknowledged: {last}.</source>
        <translation>{n}টি তথ্য এখনও প্রধান কার্যালয়ে পৌঁছায়নি, সবচেয়ে পুরনোটি {oldest}-এর; শেষ প্রাপ্তি স্বীকার: {last}।</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="46" />
        <source>never</source>
        <translation>কখনও না</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../ui/views/base.py" line="81" />
        <source>Search by name or code (Bengali or English)</source>
        <translation>নাম বা কোড দিয়ে খুঁজুন (বাংলা বা ইংরেজি)</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../ui/views/today_view.py" line="23" />
        <source>Time</source>
        <translation>সময়</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="24" />
        <source>Group</source>
        <translation>দল</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="25" />
        <source>Village</source>
        <translation>গ্রাম</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="26" />
        <source>Field officer</source>
        <translation>মাঠকর্মী</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="27" />
        <source>Members</source>
        <translation>সদস্য</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="28" />
        <source>Due (with arrears)</source>
        <translation>প্রাপ্য (বকেয়াসহ)</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="29" />
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="33" />
        <source>not yet entered</source>
        <translation>এখনও এন্ট্রি হয়নি</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="33" />
        <source>draft</source>
        <translation>খসড়া</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="34" />
        <source>posted</source>
        <translation>পোস্ট হয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="34" />
        <source>not held</source>
        <translation>সভা হয়নি</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="35" />
        <source>reversed</source>
        <translation>সংশোধনী এন্ট্রি হয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="38" />
        <source>Today's meetings</source>
        <translation>আজকের সভা</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="58" />
        <source>{n} meetings, total due {amount}</source>
        <translation>{n}টি সভা, মোট প্রাপ্য {amount}</translation>
    </message>
</context>
</TS>
<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_IN">
<context>
    <name />
    <message>
        <location filename="../app/commands/schedule.py" line="37" />
        <source>Missing key: {key}</source>
        <translation>{key} দেওয়া হয়নি</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="39" />
        <source>{key} must be a decimal string, e.g. "1000.00"</source>
        <translation>{key} দশমিক সংখ্যা হতে হবে, যেমন "1000.00"</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="44" />
        <location filename="../app/commands/schedule.py" line="47" />
        <source>{key} is not a number: {value}</source>
        <translation>{key} সংখ্যা নয়: {value}</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="54" />
        <source>{key} must be a whole number</source>
        <translation>{key} পূর্ণ সংখ্যা হতে হবে</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="64" />
        <source>{key}: unknown word {value!r}; use one of {allowed}</source>
        <translation>{key}: অজানা শব্দ {value!r}; এগুলির একটি দিন: {allowed}</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="71" />
        <source>fees must be a list</source>
        <translation>ফি একটি তালিকা হতে হবে</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="75" />
        <source>each fee is {{"amount": "…", "deducted": true}}</source>
        <translation>প্রতিটি ফি এভাবে দিন: {{"amount": "…", "deducted": true}}</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="79" />
        <source>fee amount out of range: {value}</source>
        <translation>ফি-এর পরিমাণ সীমার বাইরে: {value}</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="86" />
        <source>Input must be one JSON object.</source>
        <translation>ইনপুট একটি JSON অবজেক্ট হতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="89" />
        <source>Unknown key(s): {keys}</source>
        <translation>অজানা ঘর: {keys}</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="92" />
        <source>principal must be above 0 and at most 10^12</source>
        <translation>আসল ০-এর বেশি এবং সর্বোচ্চ ১,০০,০০,০০,০০,০০০ (এক লক্ষ কোটি) হতে হবে</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="94" />
        <source>principal must not have fractions of a paisa</source>
        <translation>আসলে পয়সার ভগ্নাংশ থাকতে পারে না</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="97" />
        <source>annual_rate must be between 0 and 100 (percent)</source>
        <translation>বার্ষিক সুদের হার ০ থেকে ১০০ (শতাংশ) হতে হবে</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="100" />
        <source>installments must be between 1 and 1000</source>
        <translation>কিস্তির সংখ্যা ১ থেকে ১০০০ হতে হবে</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="103" />
        <source>rounding_multiple must be positive and below the principal</source>
        <translation>রাউন্ডিং গুণিতক ধনাত্মক এবং আসলের চেয়ে কম হতে হবে</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="106" />
        <source>grace_principal must be at least 0 and below installments</source>
        <translation>গ্রেস কিস্তি ০ বা বেশি এবং মোট কিস্তির চেয়ে কম হতে হবে</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="110" />
        <source>disbursed_on must be an ISO date (YYYY-MM-DD)</source>
        <translation>বিতরণের তারিখ YYYY-MM-DD আকারে দিন</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="119" />
        <source>fees must be less than the principal</source>
        <translation>ফি আসলের চেয়ে কম হতে হবে</translation>
    </message>
    <message>
        <location filename="../app/commands/schedule.py" line="144" />
        <source>Input is not valid JSON: {error}</source>
        <translation>ইনপুট সঠিক JSON নয়: {error}</translation>
    </message>
    <message>
        <location filename="../app/domain/eligibility.py" line="87" />
        <source>The interest comes to {rate} % a year on the declining balance, above the {cap} % cap; choose fewer installments or a lower rate.</source>
        <translation>সুদ ক্রমহ্রাসমান স্থিতিতে বছরে {rate} % হয়, যা {cap} % সীমার বেশি; কম কিস্তি বা কম সুদের হার বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../app/domain/eligibility.py" line="83" />
        <source>Age {age} is outside this product's range of {min_age} to {max_age} years.</source>
        <translation>বয়স {age} বছর, এই ঋণ প্রকল্পের {min_age} থেকে {max_age} বছরের সীমার বাইরে।</translation>
    </message>
    <message>
        <location filename="../app/domain/eligibility.py" line="87" />
        <source>The amount {amount} is outside this product's range of {low} to {high}.</source>
        <translation>পরিমাণ {amount}, এই ঋণ প্রকল্পের {low} থেকে {high} সীমার বাইরে।</translation>
    </message>
    <message>
        <location filename="../app/domain/eligibility.py" line="93" />
        <source>Loans above {limit} need collateral; the amount is {amount}.</source>
        <translation>{limit}-এর বেশি ঋণে জামানত লাগবে; পরিমাণ {amount}।</translation>
    </message>
    <message>
        <location filename="../app/domain/eligibility.py" line="119" />
        <source>Above {limit} the collateral must be worth {times} times the loan ({needed}); it is valued at {value}.</source>
        <translation>{limit}-এর বেশি ঋণে জামানতের মূল্য ঋণের {times} গুণ ({needed}) হতে হবে; এর মূল্য ধরা হয়েছে {value}।</translation>
    </message>
    <message>
        <location filename="../app/domain/eligibility.py" line="98" />
        <source>Annual household income {income} is above the ceiling of {ceiling}.</source>
        <translation>বার্ষিক পারিবারিক আয় {income}, সীমা {ceiling}-এর বেশি।</translation>
    </message>
    <message>
        <location filename="../app/domain/eligibility.py" line="103" />
        <source>An existing loan is overdue; it must be repaid first.</source>
        <translation>একটি চলতি ঋণের কিস্তি বকেয়া আছে; আগে বকেয়া পরিশোধ করতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/domain/eligibility.py" line="106" />
        <source>She already has {count} loan(s) open or applied for; this product allows {limit} at a time.</source>
        <translation>তাঁর ইতিমধ্যে {count}টি ঋণ চলছে বা আবেদন করা আছে; এই ঋণ প্রকল্পে একসঙ্গে {limit}টি পর্যন্ত চলে।</translation>
    </message>
    <message>
        <location filename="../app/domain/eligibility.py" line="111" />
        <source>The group has {size} members; this product needs {low} to {high}.</source>
        <translation>দলে {size} জন সদস্য; এই ঋণ প্রকল্পে {low} থেকে {high} জন লাগবে।</translation>
    </message>
    <message>
        <location filename="../app/domain/eligibility.py" line="116" />
        <source>{years} year(s) of group membership; this product needs at least {needed}.</source>
        <translation>দলের সদস্যপদ {years} বছর; এই ঋণ প্রকল্পে অন্তত {needed} বছর লাগবে।</translation>
    </message>
    <message>
        <location filename="../app/domain/eligibility.py" line="120" />
        <source>Individual loans need a clean repayment record.</source>
        <translation>একক ঋণের জন্য বকেয়া ছাড়া নিয়মিত পরিশোধের ইতিহাস লাগবে।</translation>
    </message>
    <message>
        <location filename="../app/domain/eligibility.py" line="137" />
        <source>Monthly repayments of {total} would exceed {percent} % of monthly income ({allowed}).</source>
        <translation>মাসিক পরিশোধ {total} হবে, যা মাসিক আয়ের {percent} % ({allowed})-এর বেশি।</translation>
    </message>
    <message>
        <location filename="../app/domain/products.py" line="146" />
        <source>A product must be a JSON object.</source>
        <translation>ঋণ প্রকল্প একটি JSON অবজেক্ট হতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/domain/products.py" line="150" />
        <source>Unknown product field(s): {names}</source>
        <translation>ঋণ প্রকল্পের অজানা ঘর: {names}</translation>
    </message>
    <message>
        <location filename="../app/domain/products.py" line="158" />
        <source>Incomplete product: {error}</source>
        <translation>ঋণ প্রকল্প অসম্পূর্ণ: {error}</translation>
    </message>
    <message>
        <location filename="../app/domain/products.py" line="166" />
        <source>Product {code}: unknown policy profile {profile}.</source>
        <translation>ঋণ প্রকল্প {code}: অজানা নীতি প্রোফাইল {profile}।</translation>
    </message>
    <message>
        <location filename="../app/domain/products.py" line="169" />
        <source>A product needs a code and English and Bengali names.</source>
        <translation>ঋণ প্রকল্পের কোড এবং ইংরেজি ও বাংলা নাম লাগবে।</translation>
    </message>
    <message>
        <location filename="../app/domain/products.py" line="172" />
        <source>Product {code}: rounding multiple and period must be positive.</source>
        <translation>ঋণ প্রকল্প {code}: রাউন্ডিং গুণিতক ও কিস্তির ব্যবধান শূন্যের বেশি হতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/domain/products.py" line="175" />
        <source>Product {code}: grace periods must be shorter than the term.</source>
        <translation>ঋণ প্রকল্প {code}: গ্রেস সময় ঋণের মেয়াদের চেয়ে কম হতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/domain/products.py" line="179" />
        <source>Product {code}: allocation order must name penalty, fees, interest and principal once each.</source>
        <translation>ঋণ প্রকল্প {code}: বণ্টনের ক্রমে জরিমানা, ফি, সুদ ও আসল প্রত্যেকটি একবার করে থাকতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/domain/products.py" line="183" />
        <source>Product {code}: amount range is invalid.</source>
        <translation>ঋণ প্রকল্প {code}: ঋণের পরিমাণের সীমা সঠিক নয়।</translation>
    </message>
    <message>
        <location filename="../app/domain/products.py" line="187" />
        <source>Product {code}: installment range is invalid.</source>
        <translation>ঋণ প্রকল্প {code}: কিস্তির সীমা সঠিক নয়।</translation>
    </message>
    <message>
        <location filename="../app/domain/products.py" line="190" />
        <source>Product {code}: rate must be 0–100 %.</source>
        <translation>ঋণ প্রকল্প {code}: সুদের হার ০–১০০ % হতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/domain/products.py" line="194" />
        <source>Product {code}: rate above the {cap} % cap.</source>
        <translation>ঋণ প্রকল্প {code}: সুদের হার {cap} % সীমার বেশি।</translation>
    </message>
    <message>
        <location filename="../app/domain/products.py" line="213" />
        <source>Product {code}: the collateral cover must be above 0 and at most 10 times the loan.</source>
        <translation>ঋণ প্রকল্প {code}: জামানতের মূল্য ঋণের ০ গুণের বেশি এবং সর্বোচ্চ ১০ গুণ হতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/domain/products.py" line="193" />
        <source>Product {code}: the borrower&apos;s margin must be at least 0 % and below 100 %.</source>
        <translation>ঋণ প্রকল্প {code}: ঋণগ্রহীতার নিজের অংশ (মার্জিন) অন্তত ০ % এবং ১০০ %-এর কম হতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/domain/products.py" line="219" />
        <source>Product field {name} has an invalid value: {value}</source>
        <translation>ঋণ প্রকল্পের ঘর {name}-এর মান সঠিক নয়: {value}</translation>
    </message>
    <message>
        <location filename="../app/domain/sanction.py" line="81" />
        <source>A sanction needs a positive amount.</source>
        <translation>মঞ্জুরির পরিমাণ শূন্যের বেশি হতে হবে।</translation>
    </message>
</context>
</TS>
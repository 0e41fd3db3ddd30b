<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_BD" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>--outstanding is PRODUCT=AMOUNT, e.g. JB-VWE=125000.00</source>
        <translatorcomment>base: --outstanding লিখুন প্রকল্প=পরিমাণ, যেমন JB-VWE=125000.00</translatorcomment>
        <translation>--outstanding লিখুন কর্মসূচি=পরিমাণ, যেমন JB-VWE=125000.00</translation>
    </message>
    <message>
        <source>A group may have at most {limit} members.</source>
        <translatorcomment>base: একটি দলে সর্বোচ্চ {limit} জন সদস্য থাকতে পারেন।</translatorcomment>
        <translation>একটি সমিতিতে সর্বোচ্চ {limit} জন সদস্য থাকতে পারেন।</translation>
    </message>
    <message>
        <source>A group with code {id} is already in this branch.</source>
        <translatorcomment>base: {id} কোডের একটি দল এই শাখায় আগেই আছে।</translatorcomment>
        <translation>{id} কোডের একটি সমিতি এই শাখায় আগেই আছে।</translation>
    </message>
    <message>
        <source>A product code is listed twice in the catalogue.</source>
        <translatorcomment>base: ঋণ প্রকল্পের তালিকায় একটি প্রকল্পের কোড দুবার আছে।</translatorcomment>
        <translation>ঋণ কর্মসূচির তালিকায় একটি কর্মসূচির কোড দুবার আছে।</translation>
    </message>
    <message>
        <source>A product must be a JSON object.</source>
        <translatorcomment>base: ঋণ প্রকল্প একটি JSON অবজেক্ট হতে হবে।</translatorcomment>
        <translation>ঋণ কর্মসূচি একটি JSON অবজেক্ট হতে হবে।</translation>
    </message>
    <message>
        <source>A product needs a code and English and Bengali names.</source>
        <translatorcomment>base: ঋণ প্রকল্পের কোড এবং ইংরেজি ও বাংলা নাম লাগবে।</translatorcomment>
        <translation>ঋণ কর্মসূচির কোড এবং ইংরেজি ও বাংলা নাম লাগবে।</translation>
    </message>
    <message>
        <source>A reschedule of this loan is already waiting for approval.</source>
        <translatorcomment>base: এই ঋণের কিস্তি পুনর্নির্ধারণ ইতিমধ্যে অনুমোদনের অপেক্ষায় আছে।</translatorcomment>
        <translation>এই ঋণের পুনঃতফসিল ইতিমধ্যে অনুমোদনের অপেক্ষায় আছে।</translation>
    </message>
    <message>
        <source>A shortage is recovered or written off; an excess is returned or taken to income.</source>
        <translatorcomment>base: ঘাটতি আদায় বা রাইট-অফ করা হয়; বাড়তি টাকা ফেরত দেওয়া হয় বা আয়ে নেওয়া হয়।</translatorcomment>
        <translation>ঘাটতি আদায় বা অবলোপন করা হয়; বাড়তি টাকা ফেরত দেওয়া হয় বা আয়ে নেওয়া হয়।</translation>
    </message>
    <message>
        <source>Above {limit} the collateral must be worth {times} times the loan ({needed}); it is valued at {value}.</source>
        <translatorcomment>base: {limit}-এর বেশি ঋণে জামানতের মূল্য ঋণের {times} গুণ ({needed}) হতে হবে; এর মূল্য ধরা হয়েছে {value}।</translatorcomment>
        <translation>{limit}-এর বেশি ঋণে সহজামানতের মূল্য ঋণের {times} গুণ ({needed}) হতে হবে; এর মূল্য ধরা হয়েছে {value}।</translation>
    </message>
    <message>
        <source>After {paid} installments the regenerated schedule leaves {schedule} outstanding, but the file says {outstanding}: check the product, the amount, the date and the installments.</source>
        <translatorcomment>base: {paid}টি কিস্তির পর নতুন করে তৈরি কিস্তির তালিকায় অবশিষ্ট থাকে {schedule}, কিন্তু ফাইলে লেখা {outstanding}: প্রকল্প, পরিমাণ, তারিখ ও কিস্তির সংখ্যা মিলিয়ে দেখুন।</translatorcomment>
        <translation>{paid}টি কিস্তির পর নতুন করে তৈরি পরিশোধের সূচিতে অবশিষ্ট থাকে {schedule}, কিন্তু ফাইলে লেখা {outstanding}: কর্মসূচি, পরিমাণ, তারিখ ও কিস্তির সংখ্যা মিলিয়ে দেখুন।</translation>
    </message>
    <message>
        <source>Age {age} is outside this product&apos;s range of {min_age} to {max_age} years.</source>
        <translatorcomment>base: বয়স {age} বছর, এই ঋণ প্রকল্পের {min_age} থেকে {max_age} বছরের সীমার বাইরে।</translatorcomment>
        <translation>বয়স {age} বছর, এই ঋণ কর্মসূচির {min_age} থেকে {max_age} বছরের সীমার বাইরে।</translation>
    </message>
    <message>
        <source>Approve, reject or reverse a reschedule</source>
        <translatorcomment>base: কিস্তি পুনর্নির্ধারণ অনুমোদন, নামঞ্জুর বা তার সংশোধনী এন্ট্রি</translatorcomment>
        <translation>পুনঃতফসিল অনুমোদন, নামঞ্জুর বা তার সংশোধনী এন্ট্রি</translation>
    </message>
    <message>
        <source>Ask for a reschedule</source>
        <translatorcomment>base: কিস্তি পুনর্নির্ধারণ চাওয়া</translatorcomment>
        <translation>পুনঃতফসিল চাওয়া</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translatorcomment>base: জামানত</translatorcomment>
        <translation>সহজামানত</translation>
    </message>
    <message>
        <source>Collateral value</source>
        <translatorcomment>base: জামানতের মূল্য</translatorcomment>
        <translation>সহজামানতের মূল্য</translation>
    </message>
    <message>
        <source>Form a group</source>
        <translatorcomment>base: নতুন দল গঠন</translatorcomment>
        <translation>নতুন সমিতি গঠন</translation>
    </message>
    <message>
        <source>Group {group} already has {limit} members, the most the policy allows.</source>
        <translatorcomment>base: {group} দলে ইতিমধ্যে {limit} জন সদস্য আছেন, নিয়ম অনুযায়ী এর বেশি হয় না।</translatorcomment>
        <translation>{group} সমিতিতে ইতিমধ্যে {limit} জন সদস্য আছেন, নিয়ম অনুযায়ী এর বেশি হয় না।</translation>
    </message>
    <message>
        <source>Group {group} is closed.</source>
        <translatorcomment>base: {group} দলটি বন্ধ।</translatorcomment>
        <translation>{group} সমিতিটি বন্ধ।</translation>
    </message>
    <message>
        <source>Group {id} has {size} members; a group has at most {limit}.</source>
        <translatorcomment>base: দল {id}-এ {size} জন সদস্য; একটি দলে সর্বোচ্চ {limit} জন থাকে।</translatorcomment>
        <translation>সমিতি {id}-এ {size} জন সদস্য; একটি সমিতিতে সর্বোচ্চ {limit} জন থাকে।</translation>
    </message>
    <message>
        <source>Group {id} {name}: would be created.</source>
        <translatorcomment>base: দল {id} {name}: তৈরি হবে।</translatorcomment>
        <translation>সমিতি {id} {name}: তৈরি হবে।</translation>
    </message>
    <message>
        <source>Incomplete product: {error}</source>
        <translatorcomment>base: ঋণ প্রকল্প অসম্পূর্ণ: {error}</translatorcomment>
        <translation>ঋণ কর্মসূচি অসম্পূর্ণ: {error}</translation>
    </message>
    <message>
        <source>Loan {loan_no} was settled after the member&apos;s death or written off; reverse that first.</source>
        <translatorcomment>base: ঋণ {loan_no} সদস্যের মৃত্যুর পরে নিষ্পত্তি হয়েছে অথবা রাইট-অফ করা হয়েছে; আগে সেটির সংশোধনী এন্ট্রি দিন।</translatorcomment>
        <translation>ঋণ {loan_no} সদস্যের মৃত্যুর পরে নিষ্পত্তি হয়েছে অথবা অবলোপন করা হয়েছে; আগে সেটির সংশোধনী এন্ট্রি দিন।</translation>
    </message>
    <message>
        <source>Loan {loan_no} was written off; this cannot be done now.</source>
        <translatorcomment>base: ঋণ {loan_no} রাইট-অফ করা হয়েছে; এখন এটি করা যাবে না।</translatorcomment>
        <translation>ঋণ {loan_no} অবলোপন করা হয়েছে; এখন এটি করা যাবে না।</translation>
    </message>
    <message>
        <source>Loans above {limit} need collateral; the amount is {amount}.</source>
        <translatorcomment>base: {limit}-এর বেশি ঋণে জামানত লাগবে; পরিমাণ {amount}।</translatorcomment>
        <translation>{limit}-এর বেশি ঋণে সহজামানত লাগবে; পরিমাণ {amount}।</translation>
    </message>
    <message>
        <source>Member {id} {name} in group {group}: would be created.</source>
        <translatorcomment>base: দল {group}-এর সদস্য {id} {name}: তৈরি হবে।</translatorcomment>
        <translation>সমিতি {group}-এর সদস্য {id} {name}: তৈরি হবে।</translation>
    </message>
    <message>
        <source>Member {member} is not in this group.</source>
        <translatorcomment>base: সদস্য {member} এই দলের নন।</translatorcomment>
        <translation>সদস্য {member} এই সমিতির নন।</translation>
    </message>
    <message>
        <source>No active loan product {code}.</source>
        <translatorcomment>base: {code} নামে চালু কোনো ঋণ প্রকল্প নেই।</translatorcomment>
        <translation>{code} নামে চালু কোনো ঋণ কর্মসূচি নেই।</translation>
    </message>
    <message>
        <source>No catalogue for policy profile {profile}.</source>
        <translatorcomment>base: নীতি প্রোফাইল {profile}-এর জন্য কোনো ঋণ প্রকল্পের তালিকা নেই।</translatorcomment>
        <translation>নীতি প্রোফাইল {profile}-এর জন্য কোনো ঋণ কর্মসূচির তালিকা নেই।</translation>
    </message>
    <message>
        <source>No group {id} in the groups sheet.</source>
        <translatorcomment>base: দল শিটে {id} নামে কোনো দল নেই।</translatorcomment>
        <translation>সমিতি শিটে {id} নামে কোনো সমিতি নেই।</translation>
    </message>
    <message>
        <source>No principal is left to reschedule.</source>
        <translatorcomment>base: কিস্তি পুনর্নির্ধারণ করার মতো কোনো আসল বাকি নেই।</translatorcomment>
        <translation>পুনঃতফসিল করার মতো কোনো আসল বাকি নেই।</translation>
    </message>
    <message>
        <source>No such group.</source>
        <translatorcomment>base: এমন কোনো দল নেই।</translatorcomment>
        <translation>এমন কোনো সমিতি নেই।</translation>
    </message>
    <message>
        <source>No such loan product.</source>
        <translatorcomment>base: এমন কোনো ঋণ প্রকল্প নেই।</translatorcomment>
        <translation>এমন কোনো ঋণ কর্মসূচি নেই।</translation>
    </message>
    <message>
        <source>No such reschedule request.</source>
        <translatorcomment>base: কিস্তি পুনর্নির্ধারণের এমন কোনো অনুরোধ নেই।</translatorcomment>
        <translation>পুনঃতফসিলের এমন কোনো অনুরোধ নেই।</translation>
    </message>
    <message>
        <source>Only a member who left can be re-admitted.</source>
        <translatorcomment>base: শুধু দল ছেড়ে যাওয়া সদস্যকেই আবার ভর্তি করা যায়।</translatorcomment>
        <translation>শুধু সমিতি ছেড়ে যাওয়া সদস্যকেই আবার ভর্তি করা যায়।</translation>
    </message>
    <message>
        <source>Paid by the group</source>
        <translatorcomment>base: দল দিয়েছে</translatorcomment>
        <translation>সমিতি দিয়েছে</translation>
    </message>
    <message>
        <source>Post savings interest</source>
        <translatorcomment>base: সঞ্চয়ের সুদ পোস্ট করা</translatorcomment>
        <translation>সঞ্চয়ের মুনাফা পোস্ট করা</translation>
    </message>
    <message>
        <source>Product field {name} has an invalid value: {value}</source>
        <translatorcomment>base: ঋণ প্রকল্পের ঘর {name}-এর মান সঠিক নয়: {value}</translatorcomment>
        <translation>ঋণ কর্মসূচির ঘর {name}-এর মান সঠিক নয়: {value}</translation>
    </message>
    <message>
        <source>Product {code} is not repaid {mode}.</source>
        <translatorcomment>base: ঋণ প্রকল্প {code}-এ {mode} পরিশোধ হয় না।</translatorcomment>
        <translation>ঋণ কর্মসূচি {code}-এ {mode} পরিশোধ হয় না।</translation>
    </message>
    <message>
        <source>Product {code}: a credit bureau report&apos;s age is 1 to 365 days.</source>
        <translatorcomment>base: ঋণ প্রকল্প {code}: ক্রেডিট ব্যুরো রিপোর্টের বয়স ১ থেকে ৩৬৫ দিন হতে হবে।</translatorcomment>
        <translation>ঋণ কর্মসূচি {code}: ক্রেডিট ব্যুরো রিপোর্টের বয়স ১ থেকে ৩৬৫ দিন হতে হবে।</translation>
    </message>
    <message>
        <source>Product {code}: a loan is paid out in 1 to 12 tranches.</source>
        <translatorcomment>base: ঋণ প্রকল্প {code}: একটি ঋণ ১ থেকে ১২ দফায় বিতরণ হয়।</translatorcomment>
        <translation>ঋণ কর্মসূচি {code}: একটি ঋণ ১ থেকে ১২ দফায় বিতরণ হয়।</translation>
    </message>
    <message>
        <source>Product {code}: a repayment mode is listed twice.</source>
        <translatorcomment>base: ঋণ প্রকল্প {code}: একটি পরিশোধের ধরন দুবার লেখা আছে।</translatorcomment>
        <translation>ঋণ কর্মসূচি {code}: একটি পরিশোধের ধরন দুবার লেখা আছে।</translation>
    </message>
    <message>
        <source>Product {code}: a salary limit is 1–120 months&apos; salary with a positive cap.</source>
        <translatorcomment>base: ঋণ প্রকল্প {code}: বেতনের সীমা ১–১২০ মাসের বেতন, আর সর্বোচ্চ সীমা শূন্যের বেশি।</translatorcomment>
        <translation>ঋণ কর্মসূচি {code}: বেতনের সীমা ১–১২০ মাসের বেতন, আর সর্বোচ্চ সীমা শূন্যের বেশি।</translation>
    </message>
    <message>
        <source>Product {code}: allocation order must name penalty, fees, interest and principal once each.</source>
        <translatorcomment>base: ঋণ প্রকল্প {code}: বণ্টনের ক্রমে জরিমানা, ফি, সুদ ও আসল প্রত্যেকটি একবার করে থাকতে হবে।</translatorcomment>
        <translation>ঋণ কর্মসূচি {code}: বণ্টনের ক্রমে জরিমানা, ফি, সার্ভিস চার্জ ও আসল প্রত্যেকটি একবার করে থাকতে হবে।</translation>
    </message>
    <message>
        <source>Product {code}: amount range is invalid.</source>
        <translatorcomment>base: ঋণ প্রকল্প {code}: ঋণের পরিমাণের সীমা সঠিক নয়।</translatorcomment>
        <translation>ঋণ কর্মসূচি {code}: ঋণের পরিমাণের সীমা সঠিক নয়।</translation>
    </message>
    <message>
        <source>Product {code}: an extension is at most 12 months.</source>
        <translatorcomment>base: ঋণ প্রকল্প {code}: মেয়াদ বৃদ্ধি সর্বোচ্চ ১২ মাস।</translatorcomment>
        <translation>ঋণ কর্মসূচি {code}: মেয়াদ বৃদ্ধি সর্বোচ্চ ১২ মাস।</translation>
    </message>
    <message>
        <source>Product {code}: at most 5 guarantors can be required.</source>
        <translatorcomment>base: ঋণ প্রকল্প {code}: সর্বোচ্চ ৫ জন জামিনদার চাওয়া যায়।</translatorcomment>
        <translation>ঋণ কর্মসূচি {code}: সর্বোচ্চ ৫ জন জামিনদার চাওয়া যায়।</translation>
    </message>
    <message>
        <source>Product {code}: each sanction grade must be named once.</source>
        <translatorcomment>base: ঋণ প্রকল্প {code}: মঞ্জুরি ক্ষমতার প্রতিটি গ্রেড একবার করে লিখতে হবে।</translatorcomment>
        <translation>ঋণ কর্মসূচি {code}: মঞ্জুরি ক্ষমতার প্রতিটি গ্রেড একবার করে লিখতে হবে।</translation>
    </message>
    <message>
        <source>Product {code}: grace periods must be shorter than the term.</source>
        <translatorcomment>base: ঋণ প্রকল্প {code}: গ্রেস সময় ঋণের মেয়াদের চেয়ে কম হতে হবে।</translatorcomment>
        <translation>ঋণ কর্মসূচি {code}: গ্রেস সময় ঋণের মেয়াদের চেয়ে কম হতে হবে।</translation>
    </message>
    <message>
        <source>Product {code}: installment range is invalid.</source>
        <translatorcomment>base: ঋণ প্রকল্প {code}: কিস্তির সীমা সঠিক নয়।</translatorcomment>
        <translation>ঋণ কর্মসূচি {code}: কিস্তির সীমা সঠিক নয়।</translation>
    </message>
    <message>
        <source>Product {code}: only a group product can have its sanction powers per group.</source>
        <translatorcomment>base: ঋণ প্রকল্প {code}: শুধু দলীয় ঋণ প্রকল্পের মঞ্জুরি ক্ষমতা দলপ্রতি হতে পারে।</translatorcomment>
        <translation>ঋণ কর্মসূচি {code}: শুধু দলীয় ঋণ কর্মসূচিের মঞ্জুরি ক্ষমতা দলপ্রতি হতে পারে।</translation>
    </message>
    <message>
        <source>Product {code}: rate above the {cap} % cap.</source>
        <translatorcomment>base: ঋণ প্রকল্প {code}: সুদের হার {cap} % সীমার বেশি।</translatorcomment>
        <translation>ঋণ কর্মসূচি {code}: সার্ভিস চার্জের হার {cap} % সীমার বেশি।</translation>
    </message>
    <message>
        <source>Product {code}: rate must be 0–100 %.</source>
        <translatorcomment>base: ঋণ প্রকল্প {code}: সুদের হার ০–১০০ % হতে হবে।</translatorcomment>
        <translation>ঋণ কর্মসূচি {code}: সার্ভিস চার্জের হার ০–১০০ % হতে হবে।</translation>
    </message>
    <message>
        <source>Product {code}: rounding multiple and period must be positive.</source>
        <translatorcomment>base: ঋণ প্রকল্প {code}: রাউন্ডিং গুণিতক ও কিস্তির ব্যবধান শূন্যের বেশি হতে হবে।</translatorcomment>
        <translation>ঋণ কর্মসূচি {code}: রাউন্ডিং গুণিতক ও কিস্তির ব্যবধান শূন্যের বেশি হতে হবে।</translation>
    </message>
    <message>
        <source>Product {code}: the borrower&apos;s margin must be at least 0 % and below 100 %.</source>
        <translatorcomment>base: ঋণ প্রকল্প {code}: ঋণগ্রহীতার নিজের অংশ (মার্জিন) অন্তত ০ % এবং ১০০ %-এর কম হতে হবে।</translatorcomment>
        <translation>ঋণ কর্মসূচি {code}: ঋণগ্রহীতার নিজের অংশ (মার্জিন) অন্তত ০ % এবং ১০০ %-এর কম হতে হবে।</translation>
    </message>
    <message>
        <source>Product {code}: the collateral cover must be above 0 and at most 10 times the loan.</source>
        <translatorcomment>base: ঋণ প্রকল্প {code}: জামানতের মূল্য ঋণের ০ গুণের বেশি এবং সর্বোচ্চ ১০ গুণ হতে হবে।</translatorcomment>
        <translation>ঋণ কর্মসূচি {code}: সহজামানতের মূল্য ঋণের ০ গুণের বেশি এবং সর্বোচ্চ ১০ গুণ হতে হবে।</translation>
    </message>
    <message>
        <source>Product {code}: the loan-to-value limit must be above 0 and at most 100 %.</source>
        <translatorcomment>base: ঋণ প্রকল্প {code}: বন্ধকি মালের মূল্যের তুলনায় ঋণের সীমা ০-এর বেশি ও সর্বোচ্চ ১০০ % হতে হবে।</translatorcomment>
        <translation>ঋণ কর্মসূচি {code}: বন্ধকি মালের মূল্যের তুলনায় ঋণের সীমা ০-এর বেশি ও সর্বোচ্চ ১০০ % হতে হবে।</translation>
    </message>
    <message>
        <source>Product {code}: the term must be 1–{most} months, shortest first.</source>
        <translatorcomment>base: ঋণ প্রকল্প {code}: মেয়াদ ১–{most} মাস হতে হবে, কমটি আগে।</translatorcomment>
        <translation>ঋণ কর্মসূচি {code}: মেয়াদ ১–{most} মাস হতে হবে, কমটি আগে।</translation>
    </message>
    <message>
        <source>Product {code}: unknown policy profile {profile}.</source>
        <translatorcomment>base: ঋণ প্রকল্প {code}: অজানা নীতি প্রোফাইল {profile}।</translatorcomment>
        <translation>ঋণ কর্মসূচি {code}: অজানা নীতি প্রোফাইল {profile}।</translation>
    </message>
    <message>
        <source>Record a drop-out or a death</source>
        <translatorcomment>base: দল ছেড়ে যাওয়া বা মৃত্যু নথিভুক্ত করা</translatorcomment>
        <translation>সমিতি ছেড়ে যাওয়া বা মৃত্যু নথিভুক্ত করা</translation>
    </message>
    <message>
        <source>Repayment mode {mode} falls outside the product&apos;s term of {low}–{high} months.</source>
        <translatorcomment>base: পরিশোধের ধরন {mode} ঋণ প্রকল্পের {low}–{high} মাস মেয়াদের বাইরে পড়ে।</translatorcomment>
        <translation>পরিশোধের ধরন {mode} ঋণ কর্মসূচির {low}–{high} মাস মেয়াদের বাইরে পড়ে।</translation>
    </message>
    <message>
        <source>Repayments made since then paid {amount} more than the earlier schedule charges, so it cannot be put back; reverse those repayments first.</source>
        <translatorcomment>base: এর পরে যে পরিশোধ হয়েছে তাতে আগের কিস্তির তালিকার চেয়ে {amount} বেশি দেওয়া হয়েছে, তাই আগের তালিকা ফিরিয়ে আনা যাবে না; আগে ওই পরিশোধগুলোর সংশোধনী এন্ট্রি দিন।</translatorcomment>
        <translation>এর পরে যে পরিশোধ হয়েছে তাতে আগের পরিশোধের সূচির চেয়ে {amount} বেশি দেওয়া হয়েছে, তাই আগের সূচি ফিরিয়ে আনা যাবে না; আগে ওই পরিশোধগুলোর সংশোধনী এন্ট্রি দিন।</translation>
    </message>
    <message>
        <source>Savings interest rate</source>
        <translatorcomment>base: সঞ্চয়ের সুদের হার</translatorcomment>
        <translation>সঞ্চয়ের মুনাফার হার</translation>
    </message>
    <message>
        <source>She already has {count} loan(s) open or applied for; this product allows {limit} at a time.</source>
        <translatorcomment>base: তাঁর ইতিমধ্যে {count}টি ঋণ চলছে বা আবেদন করা আছে; এই ঋণ প্রকল্পে একসঙ্গে {limit}টি পর্যন্ত চলে।</translatorcomment>
        <translation>তাঁর ইতিমধ্যে {count}টি ঋণ চলছে বা আবেদন করা আছে; এই ঋণ কর্মসূচিতে একসঙ্গে {limit}টি পর্যন্ত চলে।</translation>
    </message>
    <message>
        <source>She joined before her group was formed ({date}).</source>
        <translatorcomment>base: তিনি দল গঠনের ({date}) আগে যোগ দিয়েছেন বলে লেখা।</translatorcomment>
        <translation>তিনি সমিতি গঠনের ({date}) আগে যোগ দিয়েছেন বলে লেখা।</translation>
    </message>
    <message>
        <source>The amount {amount} is outside this product&apos;s range of {low} to {high}.</source>
        <translatorcomment>base: পরিমাণ {amount}, এই ঋণ প্রকল্পের {low} থেকে {high} সীমার বাইরে।</translatorcomment>
        <translation>পরিমাণ {amount}, এই ঋণ কর্মসূচির {low} থেকে {high} সীমার বাইরে।</translation>
    </message>
    <message>
        <source>The group already has a meeting on {date}.</source>
        <translatorcomment>base: {date} তারিখে দলের ইতিমধ্যে একটি সভা আছে।</translatorcomment>
        <translation>{date} তারিখে সমিতির ইতিমধ্যে একটি সভা আছে।</translation>
    </message>
    <message>
        <source>The group has {size} members; this product needs {low} to {high}.</source>
        <translatorcomment>base: দলে {size} জন সদস্য; এই ঋণ প্রকল্পে {low} থেকে {high} জন লাগবে।</translatorcomment>
        <translation>সমিতিতে {size} জন সদস্য; এই ঋণ কর্মসূচিতে {low} থেকে {high} জন লাগবে।</translation>
    </message>
    <message>
        <source>The group needs a name.</source>
        <translatorcomment>base: দলের একটি নাম দিন।</translatorcomment>
        <translation>সমিতির একটি নাম দিন।</translation>
    </message>
    <message>
        <source>The group&apos;s guarantee (resolution) or a guarantor is needed.</source>
        <translatorcomment>base: দলীয় গ্যারান্টি (দলের সিদ্ধান্তপত্র) বা একজন জামিনদার লাগবে।</translatorcomment>
        <translation>দলীয় গ্যারান্টি (সমিতির সিদ্ধান্তপত্র) বা একজন জামিনদার লাগবে।</translation>
    </message>
    <message>
        <source>The interest comes to {rate} % a year on the declining balance, above the {cap} % cap; choose fewer installments or a lower rate.</source>
        <translatorcomment>base: সুদ ক্রমহ্রাসমান স্থিতিতে বছরে {rate} % হয়, যা {cap} % সীমার বেশি; কম কিস্তি বা কম সুদের হার বেছে নিন।</translatorcomment>
        <translation>সার্ভিস চার্জ ক্রমহ্রাসমান স্থিতিতে বছরে {rate} % হয়, যা {cap} % সীমার বেশি; কম কিস্তি বা কম সার্ভিস চার্জের হার বেছে নিন।</translation>
    </message>
    <message>
        <source>The interest rate must be 0–20%.</source>
        <translatorcomment>base: সঞ্চয়ের সুদের হার ০–২০%-এর মধ্যে হতে হবে।</translatorcomment>
        <translation>সঞ্চয়ের মুনাফার হার ০–২০%-এর মধ্যে হতে হবে।</translation>
    </message>
    <message>
        <source>The member is already in that group.</source>
        <translatorcomment>base: সদস্য ইতিমধ্যে ওই দলেই আছেন।</translatorcomment>
        <translation>সদস্য ইতিমধ্যে ওই সমিতিতেই আছেন।</translation>
    </message>
    <message>
        <source>The schedule this prepayment closed is not on record; it cannot be reversed here.</source>
        <translatorcomment>base: এই অগ্রিম পরিশোধে যে কিস্তির তালিকা বন্ধ হয়েছিল তা নথিতে নেই; এখানে এর সংশোধনী এন্ট্রি দেওয়া যাবে না।</translatorcomment>
        <translation>এই অগ্রিম পরিশোধে যে পরিশোধের সূচি বন্ধ হয়েছিল তা নথিতে নেই; এখানে এর সংশোধনী এন্ট্রি দেওয়া যাবে না।</translation>
    </message>
    <message>
        <source>This loan has no reschedule to reverse.</source>
        <translatorcomment>base: এই ঋণের সংশোধনী এন্ট্রি দেওয়ার মতো কোনো কিস্তি পুনর্নির্ধারণ নেই।</translatorcomment>
        <translation>এই ঋণের সংশোধনী এন্ট্রি দেওয়ার মতো কোনো পুনঃতফসিল নেই।</translation>
    </message>
    <message>
        <source>This loan has no write-off.</source>
        <translatorcomment>base: এই ঋণ রাইট-অফ করা হয়নি।</translatorcomment>
        <translation>এই ঋণ অবলোপন করা হয়নি।</translation>
    </message>
    <message>
        <source>This product allows {low} to {high} installments.</source>
        <translatorcomment>base: এই প্রকল্পে {low} থেকে {high}টি কিস্তি হতে পারে।</translatorcomment>
        <translation>এই কর্মসূচিতে {low} থেকে {high}টি কিস্তি হতে পারে।</translation>
    </message>
    <message>
        <source>This product is sanctioned only with a credit bureau report of at most {days} days for {name}.</source>
        <translatorcomment>base: এই ঋণ প্রকল্পে মঞ্জুরির জন্য {name}-এর সর্বোচ্চ {days} দিনের পুরোনো ক্রেডিট ব্যুরো রিপোর্ট লাগবে।</translatorcomment>
        <translation>এই ঋণ কর্মসূচিতে মঞ্জুরির জন্য {name}-এর সর্বোচ্চ {days} দিনের পুরোনো ক্রেডিট ব্যুরো রিপোর্ট লাগবে।</translation>
    </message>
    <message>
        <source>This product needs {needed} personal guarantor(s); {count} named.</source>
        <translatorcomment>base: এই ঋণ প্রকল্পে {needed} জন ব্যক্তিগত জামিনদার লাগে; নাম দেওয়া হয়েছে {count} জনের।</translatorcomment>
        <translation>এই ঋণ কর্মসূচিতে {needed} জন ব্যক্তিগত জামিনদার লাগে; নাম দেওয়া হয়েছে {count} জনের।</translation>
    </message>
    <message>
        <source>This reschedule request is already decided.</source>
        <translatorcomment>base: কিস্তি পুনর্নির্ধারণের এই অনুরোধের সিদ্ধান্ত আগেই হয়ে গেছে।</translatorcomment>
        <translation>পুনঃতফসিলের এই অনুরোধের সিদ্ধান্ত আগেই হয়ে গেছে।</translation>
    </message>
    <message>
        <source>Transfer a member</source>
        <translatorcomment>base: সদস্যের দল বদল</translatorcomment>
        <translation>সদস্যের সমিতি বদল</translation>
    </message>
    <message>
        <source>Unknown product field(s): {names}</source>
        <translatorcomment>base: ঋণ প্রকল্পের অজানা ঘর: {names}</translatorcomment>
        <translation>ঋণ কর্মসূচির অজানা ঘর: {names}</translation>
    </message>
    <message>
        <source>Write off a loan or settle a death case</source>
        <translatorcomment>base: ঋণ রাইট-অফ বা মৃত্যুর ক্ষেত্রে ঋণের নিষ্পত্তি</translatorcomment>
        <translation>ঋণ অবলোপন বা মৃত্যুর ক্ষেত্রে ঋণের নিষ্পত্তি</translation>
    </message>
    <message>
        <source>You asked for this reschedule, so you cannot approve it; another manager must.</source>
        <translatorcomment>base: এই কিস্তি পুনর্নির্ধারণ আপনিই চেয়েছেন, তাই আপনি অনুমোদন করতে পারবেন না; অন্য একজন ব্যবস্থাপককে করতে হবে।</translatorcomment>
        <translation>এই পুনঃতফসিল আপনিই চেয়েছেন, তাই আপনি অনুমোদন করতে পারবেন না; অন্য একজন ব্যবস্থাপককে করতে হবে।</translation>
    </message>
    <message>
        <source>annual_rate must be between 0 and 100 (percent)</source>
        <translatorcomment>base: বার্ষিক সুদের হার ০ থেকে ১০০ (শতাংশ) হতে হবে</translatorcomment>
        <translation>বার্ষিক সার্ভিস চার্জের হার ০ থেকে ১০০ (শতাংশ) হতে হবে</translation>
    </message>
    <message>
        <source>{member} has an open loan; it must be repaid before she leaves.</source>
        <translatorcomment>base: {member}-এর একটি চলতি ঋণ আছে; দল ছাড়ার আগে তা পরিশোধ করতে হবে।</translatorcomment>
        <translation>{member}-এর একটি চলতি ঋণ আছে; সমিতি ছাড়ার আগে তা পরিশোধ করতে হবে।</translation>
    </message>
    <message>
        <source>{years} year(s) of group membership; this product needs at least {needed}.</source>
        <translatorcomment>base: দলের সদস্যপদ {years} বছর; এই ঋণ প্রকল্পে অন্তত {needed} বছর লাগবে।</translatorcomment>
        <translation>সমিতির সদস্যপদ {years} বছর; এই ঋণ কর্মসূচিতে অন্তত {needed} বছর লাগবে।</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Choose the member and product and enter the amount.</source>
        <translatorcomment>base: সদস্য ও ঋণ প্রকল্প বেছে নিন এবং পরিমাণ লিখুন।</translatorcomment>
        <translation>সদস্য ও ঋণ কর্মসূচি বেছে নিন এবং পরিমাণ লিখুন।</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translatorcomment>base: জামানত</translatorcomment>
        <translation>সহজামানত</translation>
    </message>
    <message>
        <source>Collateral value</source>
        <translatorcomment>base: জামানতের মূল্য</translatorcomment>
        <translation>সহজামানতের মূল্য</translation>
    </message>
    <message>
        <source>Installment {installment} × {count} · total interest {interest} · fees {fees}
Paid out {net} · total to repay {payable} · APR {apr}
First installment {first} · last {last}</source>
        <translatorcomment>base: কিস্তি {installment} × {count} · মোট সুদ {interest} · ফি {fees}
হাতে পাবেন {net} · মোট পরিশোধ {payable} · APR {apr}
প্রথম কিস্তি {first} · শেষ কিস্তি {last}</translatorcomment>
        <translation>কিস্তি {installment} × {count} · মোট সার্ভিস চার্জ {interest} · ফি {fees}
হাতে পাবেন {net} · মোট পরিশোধ {payable} · APR {apr}
প্রথম কিস্তি {first} · শেষ কিস্তি {last}</translation>
    </message>
    <message>
        <source>Interest</source>
        <translatorcomment>base: সুদ</translatorcomment>
        <translation>সার্ভিস চার্জ</translation>
    </message>
    <message>
        <source>Loan product</source>
        <translatorcomment>base: ঋণ প্রকল্প</translatorcomment>
        <translation>ঋণ কর্মসূচি</translation>
    </message>
    <message>
        <source>The group&apos;s resolution is signed</source>
        <translatorcomment>base: দলের সিদ্ধান্তপত্রে স্বাক্ষর হয়েছে</translatorcomment>
        <translation>সমিতির সিদ্ধান্তপত্রে স্বাক্ষর হয়েছে</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>A group&apos;s opening books imported</source>
        <translatorcomment>base: একটি দলের পুরোনো হিসাব আনা হয়েছে</translatorcomment>
        <translation>একটি সমিতির পুরোনো হিসাব আনা হয়েছে</translation>
    </message>
    <message>
        <source>Group formed</source>
        <translatorcomment>base: নতুন দল গঠন হয়েছে</translatorcomment>
        <translation>নতুন সমিতি গঠন হয়েছে</translation>
    </message>
    <message>
        <source>Loan rescheduled</source>
        <translatorcomment>base: কিস্তি পুনর্নির্ধারণ হয়েছে</translatorcomment>
        <translation>ঋণ পুনঃতফসিল হয়েছে</translation>
    </message>
    <message>
        <source>Loan written off</source>
        <translatorcomment>base: ঋণ রাইট-অফ হয়েছে</translatorcomment>
        <translation>ঋণ অবলোপিত হয়েছে</translation>
    </message>
    <message>
        <source>Member left</source>
        <translatorcomment>base: সদস্যের দল ছেড়ে যাওয়া নথিভুক্ত</translatorcomment>
        <translation>সদস্যের সমিতি ছেড়ে যাওয়া নথিভুক্ত</translation>
    </message>
    <message>
        <source>Member moved to another group</source>
        <translatorcomment>base: সদস্যের দল বদল হয়েছে</translatorcomment>
        <translation>সদস্যের সমিতি বদল হয়েছে</translation>
    </message>
    <message>
        <source>Recovery after write-off</source>
        <translatorcomment>base: রাইট-অফ করা ঋণ আদায়</translatorcomment>
        <translation>অবলোপিত ঋণ আদায়</translation>
    </message>
    <message>
        <source>Reschedule rejected</source>
        <translatorcomment>base: কিস্তি পুনর্নির্ধারণ নামঞ্জুর</translatorcomment>
        <translation>পুনঃতফসিল নামঞ্জুর</translation>
    </message>
    <message>
        <source>Reschedule requested</source>
        <translatorcomment>base: কিস্তি পুনর্নির্ধারণের অনুরোধ</translatorcomment>
        <translation>পুনঃতফসিলের অনুরোধ</translation>
    </message>
    <message>
        <source>Reschedule reversed</source>
        <translatorcomment>base: কিস্তি পুনর্নির্ধারণের সংশোধনী এন্ট্রি</translatorcomment>
        <translation>পুনঃতফসিলের সংশোধনী এন্ট্রি</translation>
    </message>
    <message>
        <source>Savings interest posted</source>
        <translatorcomment>base: সঞ্চয়ের সুদ জমা হয়েছে</translatorcomment>
        <translation>সঞ্চয়ের মুনাফা জমা হয়েছে</translation>
    </message>
    <message>
        <source>group</source>
        <translatorcomment>base: দল</translatorcomment>
        <translation>সমিতি</translation>
    </message>
</context>
<context>
    <name>BookPage</name>
    <message>
        <source>Groups, members, open loans, savings and cash from the old system. You may skip this and do it later.</source>
        <translatorcomment>base: পুরোনো পদ্ধতি থেকে দল, সদস্য, চলতি ঋণ, সঞ্চয় ও নগদ। এখন বাদ দিয়ে পরেও করতে পারেন।</translatorcomment>
        <translation>পুরোনো পদ্ধতি থেকে সমিতি, সদস্য, চলতি ঋণ, সঞ্চয় ও নগদ। এখন বাদ দিয়ে পরেও করতে পারেন।</translation>
    </message>
    <message>
        <source>Imported: {groups} groups, {members} members, {loans} loans, {savings} savings accounts.</source>
        <translatorcomment>base: আনা হয়েছে: {groups}টি দল, {members} জন সদস্য, {loans}টি ঋণ, {savings}টি সঞ্চয় হিসাব।</translatorcomment>
        <translation>আনা হয়েছে: {groups}টি সমিতি, {members} জন সদস্য, {loans}টি ঋণ, {savings}টি সঞ্চয় হিসাব।</translation>
    </message>
</context>
<context>
    <name>BureauTab</name>
    <message>
        <source>Written off</source>
        <translatorcomment>base: রাইট-অফ</translatorcomment>
        <translation>অবলোপন</translation>
    </message>
</context>
<context>
    <name>CashDifferencesDialog</name>
    <message>
        <source>A shortage is recovered (the cash comes back) or written off as the branch&apos;s loss; an excess is returned to whom it belongs or taken to income. A count found wrong is reversed.</source>
        <translatorcomment>base: ঘাটতি আদায় হয় (টাকা ফেরত আসে) অথবা শাখার ক্ষতি হিসেবে রাইট-অফ করা হয়; বাড়তি টাকা যাঁর, তাঁকে ফেরত দেওয়া হয় অথবা আয়ে নেওয়া হয়। গোনায় ভুল হলে তার সংশোধনী এন্ট্রি দিন।</translatorcomment>
        <translation>ঘাটতি আদায় হয় (টাকা ফেরত আসে) অথবা শাখার ক্ষতি হিসেবে অবলোপন করা হয়; বাড়তি টাকা যাঁর, তাঁকে ফেরত দেওয়া হয় অথবা আয়ে নেওয়া হয়। গোনায় ভুল হলে তার সংশোধনী এন্ট্রি দিন।</translation>
    </message>
    <message>
        <source>Written off as the branch&apos;s loss</source>
        <translatorcomment>base: শাখার ক্ষতি হিসেবে রাইট-অফ</translatorcomment>
        <translation>শাখার ক্ষতি হিসেবে অবলোপন</translation>
    </message>
    <message>
        <source>written off</source>
        <translatorcomment>base: ক্ষতি হিসেবে রাইট-অফ করা হয়েছে</translatorcomment>
        <translation>ক্ষতি হিসেবে অবলোপন করা হয়েছে</translation>
    </message>
</context>
<context>
    <name>CashView</name>
    <message>
        <source>Credit interest up to (day/month/year)</source>
        <translatorcomment>base: যে তারিখ পর্যন্ত সঞ্চয়ের সুদ জমা হবে (দিন/মাস/বছর)</translatorcomment>
        <translation>যে তারিখ পর্যন্ত সঞ্চয়ের মুনাফা জমা হবে (দিন/মাস/বছর)</translation>
    </message>
    <message>
        <source>Interest up to {date}: {total} credited to savings accounts ({count}).</source>
        <translatorcomment>base: {date} পর্যন্ত সঞ্চয়ের সুদ: {total} সঞ্চয় হিসাবে জমা হয়েছে ({count}টি হিসাব)।</translatorcomment>
        <translation>{date} পর্যন্ত সঞ্চয়ের মুনাফা: {total} সঞ্চয় হিসাবে জমা হয়েছে ({count}টি হিসাব)।</translation>
    </message>
    <message>
        <source>Savings &amp;interest…</source>
        <translatorcomment>base: সঞ্চয়ের সুদ জমা করুন (&amp;I)…</translatorcomment>
        <translation>সঞ্চয়ের মুনাফা জমা করুন (&amp;I)…</translation>
    </message>
    <message>
        <source>Savings interest</source>
        <translatorcomment>base: সঞ্চয়ের সুদ</translatorcomment>
        <translation>সঞ্চয়ের মুনাফা</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Registered with head office. Loan products: {products}, holidays: {holidays}, staff: {staff}.</source>
        <translatorcomment>base: প্রধান কার্যালয়ে নিবন্ধিত। ঋণ প্রকল্প: {products}, ছুটির দিন: {holidays}, কর্মী: {staff}।</translatorcomment>
        <translation>প্রধান কার্যালয়ে নিবন্ধিত। ঋণ কর্মসূচি: {products}, ছুটির দিন: {holidays}, কর্মী: {staff}।</translation>
    </message>
    <message>
        <source>Take {reply} to head office; the first sync (Sync page) then brings the products, holidays, staff and sanction powers.</source>
        <translatorcomment>base: {reply} ফাইলটি প্রধান কার্যালয়ে নিয়ে যান; তারপর প্রথম সিঙ্কে (সিঙ্ক পৃষ্ঠা) ঋণ প্রকল্প, ছুটির দিন, কর্মীদের তালিকা ও মঞ্জুরি ক্ষমতা আসবে।</translatorcomment>
        <translation>{reply} ফাইলটি প্রধান কার্যালয়ে নিয়ে যান; তারপর প্রথম সিঙ্কে (সিঙ্ক পৃষ্ঠা) ঋণ কর্মসূচি, ছুটির দিন, কর্মীদের তালিকা ও মঞ্জুরি ক্ষমতা আসবে।</translation>
    </message>
</context>
<context>
    <name>FormGroupDialog</name>
    <message>
        <source>Form a group</source>
        <translatorcomment>base: নতুন দল গঠন</translatorcomment>
        <translation>নতুন সমিতি গঠন</translation>
    </message>
</context>
<context>
    <name>GroupsView</name>
    <message>
        <source>Form a group (Ctrl+N)</source>
        <translatorcomment>base: নতুন দল গঠন করুন (Ctrl+N)</translatorcomment>
        <translation>নতুন সমিতি গঠন করুন (Ctrl+N)</translation>
    </message>
    <message>
        <source>Group</source>
        <translatorcomment>base: দল</translatorcomment>
        <translation>সমিতি</translation>
    </message>
    <message>
        <source>Groups</source>
        <translatorcomment>base: দল</translatorcomment>
        <translation>সমিতি</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Cash shortage written off</source>
        <translatorcomment>base: নগদ ঘাটতি রাইট-অফ</translatorcomment>
        <translation>নগদ ঘাটতি অবলোপন</translation>
    </message>
    <message>
        <source>Recovery after write-off</source>
        <translatorcomment>base: রাইট-অফ করা ঋণ আদায়</translatorcomment>
        <translation>অবলোপিত ঋণ আদায়</translation>
    </message>
    <message>
        <source>Savings interest</source>
        <translatorcomment>base: সঞ্চয়ের সুদ</translatorcomment>
        <translation>সঞ্চয়ের মুনাফা</translation>
    </message>
    <message>
        <source>Voter ID card</source>
        <translatorcomment>base: ভোটার কার্ড (EPIC)</translatorcomment>
        <translation>ভোটার আইডি কার্ড</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translatorcomment>base: রাইট-অফ</translatorcomment>
        <translation>অবলোপন</translation>
    </message>
    <message>
        <source>dropped out</source>
        <translatorcomment>base: দল ছেড়েছেন</translatorcomment>
        <translation>সমিতি ছেড়েছেন</translation>
    </message>
    <message>
        <source>written off</source>
        <translatorcomment>base: রাইট-অফ হয়েছে</translatorcomment>
        <translation>অবলোপন করা হয়েছে</translation>
    </message>
</context>
<context>
    <name>LoanDialog</name>
    <message>
        <source>A reschedule to {count} installments waits for approval: {reason}</source>
        <translatorcomment>base: {count}টি কিস্তিতে কিস্তি পুনর্নির্ধারণ অনুমোদনের অপেক্ষায়: {reason}</translatorcomment>
        <translation>{count}টি কিস্তিতে পুনঃতফসিল অনুমোদনের অপেক্ষায়: {reason}</translation>
    </message>
    <message>
        <source>Approve reschedule</source>
        <translatorcomment>base: কিস্তি পুনর্নির্ধারণ অনুমোদন করুন</translatorcomment>
        <translation>পুনঃতফসিল অনুমোদন করুন</translation>
    </message>
    <message>
        <source>Closure certificate</source>
        <translatorcomment>base: সমাপ্তির শংসাপত্র দেখুন</translatorcomment>
        <translation>সমাপ্তির সনদ দেখুন</translation>
    </message>
    <message>
        <source>Interest</source>
        <translatorcomment>base: সুদ</translatorcomment>
        <translation>সার্ভিস চার্জ</translation>
    </message>
    <message>
        <source>Loan closure certificate</source>
        <translatorcomment>base: ঋণ সমাপ্তির শংসাপত্র</translatorcomment>
        <translation>ঋণ সমাপ্তির সনদ</translation>
    </message>
    <message>
        <source>Loan closure certificate

Loan {loan_no} of {member}, {amount} disbursed on {disbursed}, is closed on {closed}: {how}.
Principal paid {principal}, interest paid {interest}. Nothing more is due on this loan.</source>
        <translatorcomment>base: ঋণ সমাপ্তির শংসাপত্র

{member}-এর ঋণ {loan_no}, {disbursed} তারিখে বিতরণ করা {amount}, {closed} তারিখে বন্ধ হয়েছে: {how}।
আসল পরিশোধ {principal}, সুদ পরিশোধ {interest}। এই ঋণে আর কিছু প্রাপ্য নেই।</translatorcomment>
        <translation>ঋণ সমাপ্তির সনদ

{member}-এর ঋণ {loan_no}, {disbursed} তারিখে বিতরণ করা {amount}, {closed} তারিখে বন্ধ হয়েছে: {how}।
আসল পরিশোধ {principal}, সার্ভিস চার্জ পরিশোধ {interest}। এই ঋণে আর কিছু দেয় নেই।</translation>
    </message>
    <message>
        <source>Print certificate</source>
        <translatorcomment>base: শংসাপত্র প্রিন্ট করুন</translatorcomment>
        <translation>সনদ প্রিন্ট করুন</translation>
    </message>
    <message>
        <source>Reason (the schedule before the reschedule comes back)</source>
        <translatorcomment>base: কারণ (পুনর্নির্ধারণের আগের কিস্তির তালিকা ফিরে আসবে)</translatorcomment>
        <translation>কারণ (পুনঃতফসিলের আগের পরিশোধের সূচি ফিরে আসবে)</translation>
    </message>
    <message>
        <source>Reason for the write-off</source>
        <translatorcomment>base: রাইট-অফের কারণ</translatorcomment>
        <translation>অবলোপনের কারণ</translation>
    </message>
    <message>
        <source>Recovery after write-off</source>
        <translatorcomment>base: রাইট-অফ করা ঋণ আদায়</translatorcomment>
        <translation>অবলোপিত ঋণ আদায়</translation>
    </message>
    <message>
        <source>Refuse reschedule</source>
        <translatorcomment>base: কিস্তি পুনর্নির্ধারণ নামঞ্জুর করুন</translatorcomment>
        <translation>পুনঃতফসিল নামঞ্জুর করুন</translation>
    </message>
    <message>
        <source>Replace what is left of this loan&apos;s schedule by {count} new installments? Reason given: {reason}</source>
        <translatorcomment>base: এই ঋণের কিস্তির তালিকার বাকি অংশের জায়গায় {count}টি নতুন কিস্তি বসবে? দেওয়া কারণ: {reason}</translatorcomment>
        <translation>এই ঋণের পরিশোধের সূচির বাকি অংশের জায়গায় {count}টি নতুন কিস্তি বসবে? দেওয়া কারণ: {reason}</translation>
    </message>
    <message>
        <source>Request reschedule</source>
        <translatorcomment>base: কিস্তি পুনর্নির্ধারণের অনুরোধ করুন</translatorcomment>
        <translation>পুনঃতফসিলের অনুরোধ করুন</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translatorcomment>base: কিস্তি পুনর্নির্ধারণ</translatorcomment>
        <translation>পুনঃতফসিল</translation>
    </message>
    <message>
        <source>Reverse reschedule</source>
        <translatorcomment>base: কিস্তি পুনর্নির্ধারণের সংশোধনী এন্ট্রি দিন</translatorcomment>
        <translation>পুনঃতফসিলের সংশোধনী এন্ট্রি দিন</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translatorcomment>base: কিস্তির তালিকা</translatorcomment>
        <translation>পরিশোধের সূচি</translation>
    </message>
    <message>
        <source>Schedule (projected)</source>
        <translatorcomment>base: কিস্তির তালিকা (আনুমানিক)</translatorcomment>
        <translation>পরিশোধের সূচি (আনুমানিক)</translation>
    </message>
    <message>
        <source>To close the loan today she pays {amount} (interest to date {interest}; no prepayment penalty). Record it?</source>
        <translatorcomment>base: আজ ঋণ বন্ধ করতে তিনি দেবেন {amount} (আজ পর্যন্ত সুদ {interest}; অগ্রিম পরিশোধে কোনো জরিমানা নেই)। নথিভুক্ত করবেন?</translatorcomment>
        <translation>আজ ঋণ বন্ধ করতে তিনি দেবেন {amount} (আজ পর্যন্ত সার্ভিস চার্জ {interest}; অগ্রিম পরিশোধে কোনো জরিমানা নেই)। নথিভুক্ত করবেন?</translation>
    </message>
    <message>
        <source>Write off</source>
        <translatorcomment>base: রাইট-অফ করুন</translatorcomment>
        <translation>অবলোপন করুন</translation>
    </message>
    <message>
        <source>recovered after write-off</source>
        <translatorcomment>base: রাইট-অফের পর আদায় হয়েছে</translatorcomment>
        <translation>অবলোপনের পর আদায় হয়েছে</translation>
    </message>
    <message>
        <source>reschedule refused</source>
        <translatorcomment>base: কিস্তি পুনর্নির্ধারণ নামঞ্জুর হয়েছে</translatorcomment>
        <translation>পুনঃতফসিল নামঞ্জুর হয়েছে</translation>
    </message>
    <message>
        <source>reschedule requested</source>
        <translatorcomment>base: কিস্তি পুনর্নির্ধারণের অনুরোধ হয়েছে</translatorcomment>
        <translation>পুনঃতফসিলের অনুরোধ হয়েছে</translation>
    </message>
    <message>
        <source>reschedule reversed</source>
        <translatorcomment>base: কিস্তি পুনর্নির্ধারণের সংশোধনী এন্ট্রি হয়েছে</translatorcomment>
        <translation>পুনঃতফসিলের সংশোধনী এন্ট্রি হয়েছে</translation>
    </message>
    <message>
        <source>rescheduled</source>
        <translatorcomment>base: কিস্তি পুনর্নির্ধারণ হয়েছে</translatorcomment>
        <translation>পুনঃতফসিল হয়েছে</translation>
    </message>
    <message>
        <source>{product} · {status} · amount {amount} · {count} installments · rate {rate} %
Applied {applied} · outstanding principal {left} · purpose: {purpose}</source>
        <translatorcomment>base: {product} · {status} · পরিমাণ {amount} · {count}টি কিস্তি · সুদের হার {rate} %
আবেদন {applied} · অবশিষ্ট আসল {left} · উদ্দেশ্য: {purpose}</translatorcomment>
        <translation>{product} · {status} · পরিমাণ {amount} · {count}টি কিস্তি · সার্ভিস চার্জের হার {rate} %
আবেদন {applied} · অবশিষ্ট আসল {left} · উদ্দেশ্য: {purpose}</translation>
    </message>
</context>
<context>
    <name>LoansView</name>
    <message>
        <source>Closed, written off, rejected</source>
        <translatorcomment>base: বন্ধ, রাইট-অফ, নামঞ্জুর</translatorcomment>
        <translation>বন্ধ, অবলোপিত, নামঞ্জুর</translation>
    </message>
    <message>
        <source>Product</source>
        <translatorcomment>base: ঋণ প্রকল্প</translatorcomment>
        <translation>ঋণ কর্মসূচি</translation>
    </message>
    <message>
        <source>Reschedule requests</source>
        <translatorcomment>base: কিস্তি পুনর্নির্ধারণের অনুরোধ</translatorcomment>
        <translation>পুনঃতফসিলের অনুরোধ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Groups</source>
        <translatorcomment>base: দল</translatorcomment>
        <translation>সমিতি</translation>
    </message>
</context>
<context>
    <name>MeetingEntryDialog</name>
    <message>
        <source>By group</source>
        <translatorcomment>base: দল দিয়েছে</translatorcomment>
        <translation>সমিতি দিয়েছে</translation>
    </message>
    <message>
        <source>Due</source>
        <translatorcomment>base: প্রাপ্য</translatorcomment>
        <translation>দেয়</translation>
    </message>
</context>
<context>
    <name>MemberPageDialog</name>
    <message>
        <source>Group {group} · village {village} · joined {joined}
Outstanding {outstanding} · arrears {arrears} · savings {savings}</source>
        <translatorcomment>base: দল {group} · গ্রাম {village} · যোগদান {joined}
ঋণ স্থিতি {outstanding} · বকেয়া {arrears} · সঞ্চয় {savings}</translatorcomment>
        <translation>সমিতি {group} · গ্রাম {village} · যোগদান {joined}
ঋণ স্থিতি {outstanding} · বকেয়া {arrears} · সঞ্চয় {savings}</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Drop out</source>
        <translatorcomment>base: দল ছেড়ে যাওয়া</translatorcomment>
        <translation>সমিতি ছেড়ে যাওয়া</translation>
    </message>
    <message>
        <source>Drop out…</source>
        <translatorcomment>base: দল ছাড়া নথিভুক্ত করুন…</translatorcomment>
        <translation>সমিতি ছাড়া নথিভুক্ত করুন…</translation>
    </message>
    <message>
        <source>Group</source>
        <translatorcomment>base: দল</translatorcomment>
        <translation>সমিতি</translation>
    </message>
    <message>
        <source>To group</source>
        <translatorcomment>base: কোন দলে</translatorcomment>
        <translation>কোন সমিতিতে</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translatorcomment>base: দল বদল</translatorcomment>
        <translation>সমিতি বদল</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translatorcomment>base: দল বদল করুন…</translatorcomment>
        <translation>সমিতি বদল করুন…</translation>
    </message>
</context>
<context>
    <name>RegisterMemberDialog</name>
    <message>
        <source>Group</source>
        <translatorcomment>base: দল</translatorcomment>
        <translation>সমিতি</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Due (with arrears)</source>
        <translatorcomment>base: প্রাপ্য (বকেয়াসহ)</translatorcomment>
        <translation>দেয় (বকেয়াসহ)</translation>
    </message>
    <message>
        <source>Group</source>
        <translatorcomment>base: দল</translatorcomment>
        <translation>সমিতি</translation>
    </message>
    <message>
        <source>Meetings: {n} · total due {amount}</source>
        <translatorcomment>base: সভা: {n}টি · মোট প্রাপ্য {amount}</translatorcomment>
        <translation>সভা: {n}টি · মোট দেয় {amount}</translation>
    </message>
</context>
<context>
    <name>print</name>
    <message>
        <source>Allowed at any time with no penalty; interest only up to the day of payment.</source>
        <translatorcomment>base: যেকোনো সময় করা যায়, কোনো জরিমানা নেই; সুদ শুধু পরিশোধের দিন পর্যন্ত।</translatorcomment>
        <translation>যেকোনো সময় করা যায়, কোনো জরিমানা নেই; সার্ভিস চার্জ শুধু পরিশোধের দিন পর্যন্ত।</translation>
    </message>
    <message>
        <source>Amount written off</source>
        <translatorcomment>base: রাইট-অফ করা টাকা</translatorcomment>
        <translation>অবলোপন করা টাকা</translation>
    </message>
    <message>
        <source>By group</source>
        <translatorcomment>base: দল অনুযায়ী</translatorcomment>
        <translation>সমিতি অনুযায়ী</translation>
    </message>
    <message>
        <source>By loan product</source>
        <translatorcomment>base: ঋণ প্রকল্প অনুযায়ী</translatorcomment>
        <translation>ঋণ কর্মসূচি অনুযায়ী</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translatorcomment>base: শংসাপত্র নং</translatorcomment>
        <translation>সনদ নং</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translatorcomment>base: জামানত</translatorcomment>
        <translation>সহজামানত</translation>
    </message>
    <message>
        <source>Compulsory savings deducted (yours, returned with interest)</source>
        <translatorcomment>base: কেটে রাখা বাধ্যতামূলক সঞ্চয় (আপনার নিজের, সুদসহ ফেরত পাবেন)</translatorcomment>
        <translation>কেটে রাখা বাধ্যতামূলক সঞ্চয় (আপনার নিজের, মুনাফাসহ ফেরত পাবেন)</translation>
    </message>
    <message>
        <source>Due</source>
        <translatorcomment>base: প্রাপ্য</translatorcomment>
        <translation>দেয়</translation>
    </message>
    <message>
        <source>Group</source>
        <translatorcomment>base: দল</translatorcomment>
        <translation>সমিতি</translation>
    </message>
    <message>
        <source>Group leader&apos;s signature</source>
        <translatorcomment>base: দলনেত্রীর স্বাক্ষর</translatorcomment>
        <translation>সমিতির সভানেত্রীর স্বাক্ষর</translation>
    </message>
    <message>
        <source>Interest</source>
        <translatorcomment>base: সুদ</translatorcomment>
        <translation>সার্ভিস চার্জ</translation>
    </message>
    <message>
        <source>Interest and charges</source>
        <translatorcomment>base: সুদ ও চার্জ</translatorcomment>
        <translation>সার্ভিস চার্জ ও অন্যান্য চার্জ</translation>
    </message>
    <message>
        <source>Interest of a tranche before the last</source>
        <translatorcomment>base: শেষ দফার আগের দফার সুদ</translatorcomment>
        <translation>শেষ দফার আগের দফার সার্ভিস চার্জ</translation>
    </message>
    <message>
        <source>Interest paid</source>
        <translatorcomment>base: পরিশোধিত সুদ</translatorcomment>
        <translation>পরিশোধিত সার্ভিস চার্জ</translation>
    </message>
    <message>
        <source>Interest rate (per year)</source>
        <translatorcomment>base: সুদের হার (বার্ষিক)</translatorcomment>
        <translation>সার্ভিস চার্জের হার (বার্ষিক)</translation>
    </message>
    <message>
        <source>Interest rate and its type</source>
        <translatorcomment>base: সুদের হার ও তার ধরন</translatorcomment>
        <translation>সার্ভিস চার্জের হার ও তার ধরন</translation>
    </message>
    <message>
        <source>Loan closure certificate</source>
        <translatorcomment>base: ঋণ সমাপ্তির শংসাপত্র</translatorcomment>
        <translation>ঋণ সমাপ্তির সনদ</translation>
    </message>
    <message>
        <source>Loan product</source>
        <translatorcomment>base: ঋণ প্রকল্প</translatorcomment>
        <translation>ঋণ কর্মসূচি</translation>
    </message>
    <message>
        <source>No loan has been written off.</source>
        <translatorcomment>base: কোনো ঋণ রাইট-অফ করা হয়নি।</translatorcomment>
        <translation>কোনো ঋণ অবলোপন করা হয়নি।</translation>
    </message>
    <message>
        <source>Part 1 — Interest rate and fees and charges</source>
        <translatorcomment>base: প্রথম ভাগ — সুদের হার, ফি ও চার্জ</translatorcomment>
        <translation>প্রথম ভাগ — সার্ভিস চার্জের হার, ফি ও অন্যান্য চার্জ</translation>
    </message>
    <message>
        <source>Principal / interest</source>
        <translatorcomment>base: আসল / সুদ</translatorcomment>
        <translation>আসল / সার্ভিস চার্জ</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translatorcomment>base: রাইট-অফ করা ঋণ আদায়</translatorcomment>
        <translation>অবলোপিত ঋণ আদায়</translation>
    </message>
    <message>
        <source>Repayment schedule</source>
        <translatorcomment>base: কিস্তির তালিকা</translatorcomment>
        <translation>পরিশোধের সূচি</translation>
    </message>
    <message>
        <source>Repayment starts from the last tranche; each earlier tranche&apos;s interest (actual days ÷ 365) is added to the first installment.</source>
        <translatorcomment>base: পরিশোধ শুরু হয় শেষ দফা থেকে; আগের প্রতিটি দফার সুদ (প্রকৃত দিন ÷ ৩৬৫) প্রথম কিস্তির সঙ্গে যোগ হয়।</translatorcomment>
        <translation>পরিশোধ শুরু হয় শেষ দফা থেকে; আগের প্রতিটি দফার সার্ভিস চার্জ (প্রকৃত দিন ÷ ৩৬৫) প্রথম কিস্তির সঙ্গে যোগ হয়।</translation>
    </message>
    <message>
        <source>Savings and security</source>
        <translatorcomment>base: সঞ্চয়, গ্যারান্টি ও জামানত</translatorcomment>
        <translation>সঞ্চয়, গ্যারান্টি ও সহজামানত</translation>
    </message>
    <message>
        <source>Savings interest</source>
        <translatorcomment>base: সঞ্চয়ের সুদ</translatorcomment>
        <translation>সঞ্চয়ের মুনাফা</translation>
    </message>
    <message>
        <source>The days of the tranches are not known yet. The figures here are for the whole loan paid at once on {date}. Paid in more tranches, repayment starts from the last tranche and each earlier tranche&apos;s interest (actual days ÷ 365) is added to the first installment.</source>
        <translatorcomment>base: দফাগুলোর তারিখ এখনও জানা নেই। এখানের হিসাব পুরো ঋণ একবারে {date} তারিখে বিতরণ হলে। একাধিক দফায় বিতরণ হলে পরিশোধ শুরু হয় শেষ দফা থেকে, আর আগের প্রতিটি দফার সুদ (প্রকৃত দিন ÷ ৩৬৫) প্রথম কিস্তির সঙ্গে যোগ হয়।</translatorcomment>
        <translation>দফাগুলোর তারিখ এখনও জানা নেই। এখানের হিসাব পুরো ঋণ একবারে {date} তারিখে বিতরণ হলে। একাধিক দফায় বিতরণ হলে পরিশোধ শুরু হয় শেষ দফা থেকে, আর আগের প্রতিটি দফার সার্ভিস চার্জ (প্রকৃত দিন ÷ ৩৬৫) প্রথম কিস্তির সঙ্গে যোগ হয়।</translation>
    </message>
    <message>
        <source>The members of your group guarantee this loan together.</source>
        <translatorcomment>base: আপনার দলের সদস্যরা একসঙ্গে এই ঋণের দলীয় গ্যারান্টি দেন।</translatorcomment>
        <translation>আপনার সমিতির সদস্যরা একসঙ্গে এই ঋণের দলীয় গ্যারান্টি দেন।</translation>
    </message>
    <message>
        <source>This is to certify that loan {loan_no} of {amount} of {name} was settled after her death and closed on {closed_on}. Nothing more is due on this loan from her family.</source>
        <translatorcomment>base: এই মর্মে প্রত্যয়ন করা হচ্ছে যে {name}-এর {amount}-র {loan_no} নম্বর ঋণ তাঁর মৃত্যুর পর নিষ্পত্তি হয়েছে এবং {closed_on} তারিখে বন্ধ হয়েছে। এই ঋণে তাঁর পরিবারের কাছে আর কিছু প্রাপ্য নেই।</translatorcomment>
        <translation>এই মর্মে প্রত্যয়ন করা হচ্ছে যে {name}-এর {amount}-র {loan_no} নম্বর ঋণ তাঁর মৃত্যুর পর নিষ্পত্তি হয়েছে এবং {closed_on} তারিখে বন্ধ হয়েছে। এই ঋণে তাঁর পরিবারের কাছে আর কিছু দেয় নেই।</translation>
    </message>
    <message>
        <source>This is to certify that loan {loan_no} of {name} has been repaid in full and closed on {closed_on}. Nothing more is due on this loan.</source>
        <translatorcomment>base: এই মর্মে প্রত্যয়ন করা হচ্ছে যে {name}-এর {loan_no} নম্বর ঋণ সম্পূর্ণ পরিশোধ হয়েছে এবং {closed_on} তারিখে বন্ধ করা হয়েছে। এই ঋণে আর কিছু প্রাপ্য নেই।</translatorcomment>
        <translation>এই মর্মে প্রত্যয়ন করা হচ্ছে যে {name}-এর {loan_no} নম্বর ঋণ সম্পূর্ণ পরিশোধ হয়েছে এবং {closed_on} তারিখে বন্ধ করা হয়েছে। এই ঋণে আর কিছু দেয় নেই।</translation>
    </message>
    <message>
        <source>This is to certify that {name} has repaid in full loan {loan_no} of {amount}, and the loan was closed on {closed_on}. Nothing more is due on this loan.</source>
        <translatorcomment>base: এই মর্মে প্রত্যয়ন করা হচ্ছে যে {name} {amount}-র {loan_no} নম্বর ঋণ সম্পূর্ণ পরিশোধ করেছেন এবং ঋণটি {closed_on} তারিখে বন্ধ হয়েছে। এই ঋণে আর কিছু প্রাপ্য নেই।</translatorcomment>
        <translation>এই মর্মে প্রত্যয়ন করা হচ্ছে যে {name} {amount}-র {loan_no} নম্বর ঋণ সম্পূর্ণ পরিশোধ করেছেন এবং ঋণটি {closed_on} তারিখে বন্ধ হয়েছে। এই ঋণে আর কিছু দেয় নেই।</translation>
    </message>
    <message>
        <source>This is to certify that {name} has repaid in full loan {loan_no} of {amount}, which had been written off, and the loan was closed on {closed_on}. Nothing more is due on this loan.</source>
        <translatorcomment>base: এই মর্মে প্রত্যয়ন করা হচ্ছে যে {name} রাইট-অফ করা {amount}-র {loan_no} নম্বর ঋণ সম্পূর্ণ পরিশোধ করেছেন এবং ঋণটি {closed_on} তারিখে বন্ধ হয়েছে। এই ঋণে আর কিছু প্রাপ্য নেই।</translatorcomment>
        <translation>এই মর্মে প্রত্যয়ন করা হচ্ছে যে {name} অবলোপিত {amount}-র {loan_no} নম্বর ঋণ সম্পূর্ণ পরিশোধ করেছেন এবং ঋণটি {closed_on} তারিখে বন্ধ হয়েছে। এই ঋণে আর কিছু দেয় নেই।</translation>
    </message>
    <message>
        <source>Total amount you pay (loan, interest and fees)</source>
        <translatorcomment>base: আপনার মোট পরিশোধ (ঋণ, সুদ ও ফি)</translatorcomment>
        <translation>আপনার মোট পরিশোধ (ঋণ, সার্ভিস চার্জ ও ফি)</translation>
    </message>
    <message>
        <source>Total interest</source>
        <translatorcomment>base: মোট সুদ</translatorcomment>
        <translation>মোট সার্ভিস চার্জ</translation>
    </message>
    <message>
        <source>We do not engage recovery agents. Only our own staff collect repayments, at the group meeting or at the branch, never at unreasonable hours and never by threat or force.</source>
        <translatorcomment>base: আমরা কোনো আদায় এজেন্ট নিয়োগ করি না। শুধু আমাদের নিজেদের কর্মীরা দলের সভায় বা শাখায় ঋণ পরিশোধের টাকা নেন — কখনও অসময়ে নয়, কখনও হুমকি দিয়ে বা জোর করে নয়।</translatorcomment>
        <translation>আমরা কোনো আদায় এজেন্ট নিয়োগ করি না। শুধু আমাদের নিজেদের কর্মীরা সমিতির সভায় বা শাখায় ঋণ পরিশোধের টাকা নেন — কখনও অসময়ে নয়, কখনও হুমকি দিয়ে বা জোর করে নয়।</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translatorcomment>base: রাইট-অফ</translatorcomment>
        <translation>অবলোপন</translation>
    </message>
    <message>
        <source>Written off on</source>
        <translatorcomment>base: রাইট-অফের তারিখ</translatorcomment>
        <translation>অবলোপনের তারিখ</translation>
    </message>
    <message>
        <source>Written-off loans</source>
        <translatorcomment>base: রাইট-অফ করা ঋণ</translatorcomment>
        <translation>অবলোপিত ঋণ</translation>
    </message>
    <message>
        <source>{days} days from disbursal: you may repay the whole loan without any penalty, paying only the interest for the days you had the money.</source>
        <translatorcomment>base: বিতরণের পর {days} দিন: এর মধ্যে পুরো ঋণ পরিশোধ করলে কোনো জরিমানা নেই, যে কদিন টাকা আপনার কাছে ছিল শুধু সেই কদিনের সুদ দিতে হবে।</translatorcomment>
        <translation>বিতরণের পর {days} দিন: এর মধ্যে পুরো ঋণ পরিশোধ করলে কোনো জরিমানা নেই, যে কদিন টাকা আপনার কাছে ছিল শুধু সেই কদিনের সার্ভিস চার্জ দিতে হবে।</translation>
    </message>
    <message>
        <source>{n} installments of interest only</source>
        <translatorcomment>base: প্রথম {n}টি কিস্তিতে শুধু সুদ</translatorcomment>
        <translation>প্রথম {n}টি কিস্তিতে শুধু সার্ভিস চার্জ</translation>
    </message>
</context>
</TS>

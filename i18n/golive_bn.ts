<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_IN">
<context>
    <name></name>
    <message>
        <source>--year is a year from 2000 to 2100.</source>
        <translation>--year ২০০০ থেকে ২১০০-এর মধ্যে একটি বছর।</translation>
    </message>
    <message>
        <source>A product code is listed twice in the catalogue.</source>
        <translation>ঋণ প্রকল্পের তালিকায় একটি প্রকল্পের কোড দুবার আছে।</translation>
    </message>
    <message>
        <source>No catalogue for policy profile {profile}.</source>
        <translation>নীতি প্রোফাইল {profile}-এর জন্য কোনো ঋণ প্রকল্পের তালিকা নেই।</translation>
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
        <source>The loan may be at most {percent} % of the value of the goods pledged ({value}): at most {allowed}.</source>
        <translation>ঋণ বন্ধক রাখা মালের মূল্যের ({value}) সর্বোচ্চ {percent} % হতে পারে: সর্বোচ্চ {allowed}।</translation>
    </message>
    <message>
        <source>This product needs {needed} personal guarantor(s); {count} named.</source>
        <translation>এই ঋণ প্রকল্পে {needed} জন ব্যক্তিগত জামিনদার লাগে; নাম দেওয়া হয়েছে {count} জনের।</translation>
    </message>
    <message>
        <source>Unknown repayment mode: {mode}</source>
        <translation>অজানা পরিশোধের ধরন: {mode}</translation>
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
</TS>

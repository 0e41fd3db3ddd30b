<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn">
<context>
    <name></name>
    <message>
        <source>Collection sheets can be printed for up to {days} days ahead, until {date}.</source>
        <translation>আদায় শিট আগামী {days} দিন পর্যন্ত, অর্থাৎ {date} পর্যন্ত, আগে থেকে প্রিন্ট করা যায়।</translation>
    </message>
    <message>
        <source>Unknown fields: {names}.</source>
        <translation>অজানা ঘর: {names}।</translation>
    </message>
    <message>
        <source>Unknown policy profile: {profile}.</source>
        <translation>অজানা নীতিমালা প্রোফাইল: {profile}।</translation>
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
        <source>Amounts in {currency}</source>
        <translation>সব অঙ্ক {currency}-এ</translation>
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
        <source>Brought forward</source>
        <translation>আগের পৃষ্ঠা থেকে আনা</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>পরের পৃষ্ঠায় নেওয়া</translation>
    </message>
    <message>
        <source>Cash received by the cashier (signature)</source>
        <translation>নগদ বুঝে পেলাম — ক্যাশিয়ারের স্বাক্ষর</translation>
    </message>
    <message>
        <source>Loan no. = {prefix} followed by the number shown</source>
        <translation>ঋণ নং = {prefix} ও তার পরে দেখানো নম্বর</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>সভার স্থান</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>উপস্থিত সদস্য</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>পরবর্তী সভা</translation>
    </message>
    <message>
        <source>Page total</source>
        <translation>পৃষ্ঠার মোট</translation>
    </message>
    <message>
        <source>Savings deposit</source>
        <translation>সঞ্চয় জমা</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>সঞ্চয় উত্তোলন</translation>
    </message>
</context>
</TS>

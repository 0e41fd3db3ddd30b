<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_IN">
<context>
    <name></name>
    <message>
        <location filename="../app/db/migrate.py" line="84"/>
        <location filename="../app/db/migrate.py" line="134"/>
        <source>Database file not found: {path}</source>
        <translation>ডেটাবেস ফাইল পাওয়া যায়নি: {path}</translation>
    </message>
    <message>
        <location filename="../app/commands/db.py" line="84"/>
        <source>The database check found problems (listed above).</source>
        <translation>ডেটাবেস পরীক্ষায় সমস্যা পাওয়া গেছে (উপরে তালিকা দেওয়া আছে)।</translation>
    </message>
    <message>
        <location filename="../app/commands/demo.py" line="17"/>
        <source>Give the new database file with --db PATH.</source>
        <translation>নতুন ডেটাবেস ফাইলটি --db PATH দিয়ে দিন।</translation>
    </message>
    <message>
        <location filename="../app/commands/demo.py" line="23"/>
        <source>Not a date (YYYY-MM-DD): {text}</source>
        <translation>তারিখ নয় (YYYY-MM-DD): {text}</translation>
    </message>
    <message>
        <location filename="../app/db/migrate.py" line="81"/>
        <location filename="../app/db/migrate.py" line="182"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} একটি ফোল্ডার, ডেটাবেস ফাইল নয়।</translation>
    </message>
    <message>
        <location filename="../app/db/migrate.py" line="90"/>
        <location filename="../app/db/migrate.py" line="97"/>
        <source>This file is not a Shakha database: {path}</source>
        <translation>এই ফাইলটি ‘শাখা’ সফটওয়্যারের ডেটাবেস নয়: {path}</translation>
    </message>
    <message>
        <location filename="../app/db/migrate.py" line="101"/>
        <source>{path} was made by a newer version of Shakha (schema {revision}); install that version to use it. Nothing was changed.</source>
        <translation>{path} ‘শাখা’ সফটওয়্যারের একটি নতুন সংস্করণে তৈরি (স্কিমা {revision}); এটি ব্যবহার করতে সেই সংস্করণ ইনস্টল করুন। কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <location filename="../app/db/migrate.py" line="106"/>
        <source>{path} has an older schema: run `shakha db upgrade --db {path}` first.</source>
        <translation>{path} ফাইলের স্কিমা পুরোনো: আগে `shakha db upgrade --db {path}` চালান।</translation>
    </message>
    <message>
        <location filename="../app/db/migrate.py" line="178"/>
        <source>Not a readable Shakha backup: {path}</source>
        <translation>এটি পড়া যায় এমন ‘শাখা’ ব্যাকআপ নয়: {path}</translation>
    </message>
    <message>
        <location filename="../app/db/migrate.py" line="191"/>
        <source>Cannot write {path}: {error}</source>
        <translation>{path} লেখা যাচ্ছে না: {error}</translation>
    </message>
    <message>
        <location filename="../app/db/migrate.py" line="222"/>
        <source>Could not create the database: {error}</source>
        <translation>ডেটাবেস তৈরি করা গেল না: {error}</translation>
    </message>
    <message>
        <location filename="../app/db/migrate.py" line="233"/>
        <source>upgraded copy failed the integrity check</source>
        <translation>আপগ্রেড করা কপি পরীক্ষায় উত্তীর্ণ হয়নি</translation>
    </message>
    <message>
        <location filename="../app/db/migrate.py" line="237"/>
        <source>The database upgrade failed ({error}). Your data was not changed; a backup is at {backup}.</source>
        <translation>ডেটাবেস আপগ্রেড ব্যর্থ হয়েছে ({error})। আপনার তথ্য বদলায়নি; ব্যাকআপ আছে এখানে: {backup}।</translation>
    </message>
    <message>
        <location filename="../app/demo/generator.py" line="105"/>
        <source>Unknown policy profile: {profile}</source>
        <translation>অজানা নীতি প্রোফাইল: {profile}</translation>
    </message>
    <message>
        <location filename="../app/demo/generator.py" line="107"/>
        <source>Members must be 5–100,000 and years 1–20.</source>
        <translation>সদস্য ৫–১,০০,০০০ এবং বছর ১–২০ হতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/demo/generator.py" line="124"/>
        <source>{path} already holds a branch; choose a new file.</source>
        <translation>{path} ফাইলে আগে থেকেই একটি শাখা আছে; নতুন ফাইল বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../app/demo/generator.py" line="109"/>
        <source>{code} is not a branch code: use 2–20 capital letters A–Z, digits and hyphens (e.g. BJS-SHB).</source>
        <translation>{code} শাখার কোড নয়: ২–২০টি বড় হাতের ইংরেজি অক্ষর A–Z, অঙ্ক ও হাইফেন দিন (যেমন BJS-SHB)।</translation>
    </message>
    <message>
        <location filename="../app/services/common.py" line="21"/>
        <source>field officer</source>
        <translation>মাঠকর্মী</translation>
    </message>
    <message>
        <location filename="../app/services/common.py" line="22"/>
        <source>accountant</source>
        <translation>হিসাবরক্ষক</translation>
    </message>
    <message>
        <location filename="../app/services/common.py" line="23"/>
        <source>branch manager</source>
        <translation>শাখা ব্যবস্থাপক</translation>
    </message>
    <message>
        <location filename="../app/services/common.py" line="24"/>
        <source>auditor</source>
        <translation>নিরীক্ষক</translation>
    </message>
    <message>
        <location filename="../app/services/common.py" line="25"/>
        <source>administrator</source>
        <translation>প্রশাসক</translation>
    </message>
    <message>
        <location filename="../app/services/common.py" line="43"/>
        <source>Your role ({role}) may not do this.</source>
        <translation>আপনার পদে ({role}) এই কাজ করার অনুমতি নেই।</translation>
    </message>
    <message>
        <location filename="../app/services/common.py" line="50"/>
        <source>This database has no branch set up.</source>
        <translation>এই ডেটাবেসে কোনো শাখা তৈরি করা নেই।</translation>
    </message>
    <message>
        <location filename="../app/services/common.py" line="66"/>
        <source>The day {date} is closed; nothing can be posted on it.</source>
        <translation>{date} তারিখের হিসাব সমাপ্ত; ওই দিনে আর কিছু পোস্ট করা যাবে না।</translation>
    </message>
    <message>
        <location filename="../app/services/users.py" line="69"/>
        <source>Wrong user name or password.</source>
        <translation>ব্যবহারকারীর নাম বা পাসওয়ার্ড ভুল।</translation>
    </message>
    <message>
        <location filename="../app/services/users.py" line="79"/>
        <source>User name and name are required.</source>
        <translation>ব্যবহারকারীর নাম ও পুরো নাম দিতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/services/users.py" line="81"/>
        <source>Unknown role: {role}</source>
        <translation>অজানা পদ: {role}</translation>
    </message>
    <message>
        <location filename="../app/services/users.py" line="83"/>
        <location filename="../app/services/users.py" line="105"/>
        <source>The password must have at least {n} characters.</source>
        <translation>পাসওয়ার্ডে অন্তত {n}টি অক্ষর থাকতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/services/users.py" line="87"/>
        <source>The user name {name} is taken.</source>
        <translation>{name} নামটি আগেই নেওয়া হয়েছে।</translation>
    </message>
    <message>
        <location filename="../app/services/users.py" line="102"/>
        <source>Only a logged-in user can change a password.</source>
        <translation>শুধু লগ-ইন করা ব্যবহারকারী পাসওয়ার্ড বদলাতে পারেন।</translation>
    </message>
    <message>
        <location filename="../app/services/users.py" line="119"/>
        <source>No such user.</source>
        <translation>এমন কোনো ব্যবহারকারী নেই।</translation>
    </message>
    <message>
        <location filename="../app/db/uow.py" line="125"/>
        <source>This computer&apos;s date ({device}) is before head office&apos;s date at the last sync ({server}). Set the correct date and time on this computer, then try again.</source>
        <translation>এই কম্পিউটারের তারিখ ({device}) শেষ সিঙ্কে প্রধান কার্যালয়ের তারিখের ({server}) আগে। এই কম্পিউটারে সঠিক তারিখ ও সময় দিন, তারপর আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../app/services/backup.py" line="33"/>
        <source>This database is not a file and cannot be backed up.</source>
        <translation>এই ডেটাবেস কোনো ফাইল নয়, তাই ব্যাকআপ নেওয়া যাবে না।</translation>
    </message>
    <message>
        <location filename="../app/db/backupfile.py" line="180"/>
        <source>The backup&apos;s own process stopped before it had written the copy; nothing was changed. Try again.</source>
        <translation>ব্যাকআপের নিজস্ব প্রক্রিয়াটি কপি লেখার আগেই থেমে গেছে; কিছুই বদলায়নি। আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../app/services/backup.py" line="41"/>
        <source>The copy at {path} could not be read back, so it was removed. Try another drive.</source>
        <translation>{path}-এর কপিটি আবার পড়া গেল না, তাই সেটি মুছে ফেলা হয়েছে। অন্য ড্রাইভে চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../app/services/backup.py" line="50"/>
        <source>Choose a file name for the backup.</source>
        <translation>ব্যাকআপের জন্য একটি ফাইলের নাম বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../app/services/backup.py" line="52"/>
        <source>A backup cannot replace the database itself.</source>
        <translation>ব্যাকআপ দিয়ে মূল ডেটাবেসটিকেই বদলানো যায় না।</translation>
    </message>
    <message>
        <location filename="../app/services/backup.py" line="56"/>
        <source>The backup could not be written: {reason}</source>
        <translation>ব্যাকআপ লেখা গেল না: {reason}</translation>
    </message>
    <message>
        <location filename="../app/db/trouble.py" line="21"/>
        <source>The branch database is busy: another copy of Shakha or another program is writing to it. Nothing was saved; try again in a moment.</source>
        <translation>শাখার ডেটাবেস এখন ব্যস্ত: ‘শাখা’ সফটওয়্যারের আরেকটি কপি বা অন্য কোনো প্রোগ্রাম এতে লিখছে। কিছুই সংরক্ষণ হয়নি; একটু পরে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../app/db/trouble.py" line="23"/>
        <source>The disk is full: nothing was saved. Free some space on this computer (old backups, downloads), then try again.</source>
        <translation>ডিস্ক ভরে গেছে: কিছুই সংরক্ষণ হয়নি। এই কম্পিউটারে কিছু জায়গা খালি করুন (পুরোনো ব্যাকআপ, ডাউনলোড), তারপর আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../app/db/trouble.py" line="25"/>
        <source>The branch database cannot be written: the file or its folder is read-only. Nothing was saved.</source>
        <translation>শাখার ডেটাবেসে লেখা যাচ্ছে না: ফাইলটি বা তার ফোল্ডার শুধু পড়ার জন্য (read-only)। কিছুই সংরক্ষণ হয়নি।</translation>
    </message>
    <message>
        <location filename="../app/db/trouble.py" line="27"/>
        <source>The disk could not be read or written. Nothing was saved. Check the disk, and make a backup on another disk as soon as you can.</source>
        <translation>ডিস্ক পড়া বা লেখা যায়নি। কিছুই সংরক্ষণ হয়নি। ডিস্কটি পরীক্ষা করুন, আর যত তাড়াতাড়ি সম্ভব অন্য একটি ডিস্কে ব্যাকআপ নিন।</translation>
    </message>
    <message>
        <location filename="../app/db/trouble.py" line="29"/>
        <source>The branch database file cannot be opened. Check that its disk is connected.</source>
        <translation>শাখার ডেটাবেস ফাইল খোলা যাচ্ছে না। ফাইলটির ডিস্ক যুক্ত আছে কি না দেখুন।</translation>
    </message>
    <message>
        <location filename="../app/db/trouble.py" line="31"/>
        <source>The branch database file is damaged. Nothing was saved. Run &apos;shakha db check&apos; and restore the last good backup.</source>
        <translation>শাখার ডেটাবেস ফাইলটি নষ্ট হয়ে গেছে। কিছুই সংরক্ষণ হয়নি। &apos;shakha db check&apos; চালান এবং শেষ ভালো ব্যাকআপটি ফিরিয়ে আনুন।</translation>
    </message>
</context>
</TS>

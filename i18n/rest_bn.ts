<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_IN">
<context>
    <name></name>
    <message>
        <source>No password was given (standard input is empty).</source>
        <translation>কোনো পাসওয়ার্ড দেওয়া হয়নি (স্ট্যান্ডার্ড ইনপুট খালি)।</translation>
    </message>
    <message>
        <source>Shakha is open on this file — close it first: {path}</source>
        <translation>এই ফাইলে ‘শাখা’ সফটওয়্যার খোলা আছে — আগে সেটি বন্ধ করুন: {path}</translation>
    </message>
    <message>
        <source>The backup {path} is damaged or was changed; it cannot be restored.</source>
        <translation>ব্যাকআপ {path} ক্ষতিগ্রস্ত বা বদলানো হয়েছে; এটি পুনরুদ্ধার করা যাবে না।</translation>
    </message>
    <message>
        <source>The branch code typed ({typed}) is not the backup's branch ({backup}). Nothing was changed.</source>
        <translation>যে শাখা কোড লেখা হয়েছে ({typed}) তা ব্যাকআপের শাখা ({backup}) নয়। কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <source>The branch database {path} is being restored or upgraded by another process. Try again when it has finished.</source>
        <translation>শাখার ডেটাবেস {path} অন্য একটি প্রক্রিয়া পুনরুদ্ধার বা হালনাগাদ করছে। সেটি শেষ হলে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>The branch database {path} is damaged, so no backup was made of it (the earlier backups are kept). Run 'shakha db check', then restore the last good backup.</source>
        <translation>শাখার ডেটাবেস {path} ক্ষতিগ্রস্ত, তাই এর কোনো ব্যাকআপ নেওয়া হয়নি (আগের ব্যাকআপগুলি রাখা আছে)। 'shakha db check' চালান, তারপর শেষ ভালো ব্যাকআপটি পুনরুদ্ধার করুন।</translation>
    </message>
    <message>
        <source>The business day {date} has not begun: this computer's date is {today}. Nothing can be recorded on a day before it comes. If the computer's date is wrong, set it right.</source>
        <translation>কাজের দিন {date} এখনও শুরু হয়নি: এই কম্পিউটারের তারিখ {today}। কোনো দিন আসার আগে সেই দিনে কিছু লেখা যায় না। কম্পিউটারের তারিখ ভুল হলে ঠিক করে নিন।</translation>
    </message>
    <message>
        <source>The day {date} cannot be closed before it has come: this computer's date is {today}.</source>
        <translation>{date} দিনটি আসার আগে তার হিসাব সমাপ্ত করা যায় না: এই কম্পিউটারের তারিখ {today}।</translation>
    </message>
    <message>
        <source>The key file of this database cannot be read ({error}).</source>
        <translation>এই ডেটাবেসের চাবি-ফাইল পড়া যাচ্ছে না ({error})।</translation>
    </message>
    <message>
        <source>The key of {path} is not kept on this computer: log in with a staff password ('shakha keys enrol-machine'), or ask head office to recover it.</source>
        <translation>{path}-এর চাবি এই কম্পিউটারে রাখা নেই: একজন কর্মীর পাসওয়ার্ড দিয়ে লগ ইন করুন ('shakha keys enrol-machine'), অথবা প্রধান কার্যালয়কে চাবি পুনরুদ্ধার করতে বলুন।</translation>
    </message>
    <message>
        <source>The machine key folder {folder} is the database's own folder: a key kept beside the database protects nothing. Choose another folder (SHAKHA_KEY_DIR).</source>
        <translation>মেশিনের চাবির ফোল্ডার {folder} ডেটাবেসেরই ফোল্ডার: ডেটাবেসের পাশে রাখা চাবি কিছুই রক্ষা করে না। অন্য একটি ফোল্ডার বেছে নিন (SHAKHA_KEY_DIR)।</translation>
    </message>
    <message>
        <source>The machine key {path} may be read by other users of this computer, so it is not used. Make it readable by its owner only (chmod 600).</source>
        <translation>মেশিনের চাবি {path} এই কম্পিউটারের অন্য ব্যবহারকারীরাও পড়তে পারেন, তাই এটি ব্যবহার করা হচ্ছে না। এটি শুধু মালিক পড়তে পারেন এমন করুন (chmod 600)।</translation>
    </message>
    <message>
        <source>This backup is of branch {backup}, but the database is branch {current}. Nothing was changed. To replace this branch with the other one, type its code again: --other-branch {backup}</source>
        <translation>এই ব্যাকআপটি {backup} শাখার, কিন্তু ডেটাবেসটি {current} শাখার। কিছুই বদলানো হয়নি। এই শাখার জায়গায় অন্য শাখাটি বসাতে চাইলে তার কোড আবার লিখুন: --other-branch {backup}</translation>
    </message>
    <message>
        <source>This backup's key is not kept on this computer: give a staff password (--user NAME) or head office's recovery answer (--recovery FILE).</source>
        <translation>এই ব্যাকআপের চাবি এই কম্পিউটারে রাখা নেই: একজন কর্মীর পাসওয়ার্ড দিন (--user NAME) অথবা প্রধান কার্যালয়ের পুনরুদ্ধার-উত্তর দিন (--recovery FILE)।</translation>
    </message>
    <message>
        <source>This computer made no recovery request for this database (or it was used): make a new request.</source>
        <translation>এই কম্পিউটার এই ডেটাবেসের জন্য কোনো পুনরুদ্ধার-অনুরোধ করেনি (অথবা সেটি ব্যবহার হয়ে গেছে): নতুন অনুরোধ করুন।</translation>
    </message>
    <message>
        <source>This database has no recovery slot: head office's recovery key was never added to it ('shakha keys add-recovery').</source>
        <translation>এই ডেটাবেসে কোনো পুনরুদ্ধার-স্লট নেই: প্রধান কার্যালয়ের পুনরুদ্ধার-চাবি এতে কখনও যোগ করা হয়নি ('shakha keys add-recovery')।</translation>
    </message>
    <message>
        <source>This database is not encrypted yet.</source>
        <translation>এই ডেটাবেস এখনও এনক্রিপ্ট করা হয়নি।</translation>
    </message>
    <message>
        <source>This recovery answer is for another database.</source>
        <translation>এই পুনরুদ্ধার-উত্তরটি অন্য একটি ডেটাবেসের জন্য।</translation>
    </message>
    <message>
        <source>This recovery answer was not made for this computer's request.</source>
        <translation>এই পুনরুদ্ধার-উত্তরটি এই কম্পিউটারের অনুরোধের জন্য তৈরি হয়নি।</translation>
    </message>
    <message>
        <source>This recovery key does not open this database's recovery slot.</source>
        <translation>এই পুনরুদ্ধার-চাবি দিয়ে এই ডেটাবেসের পুনরুদ্ধার-স্লট খোলে না।</translation>
    </message>
    <message>
        <source>{path} exists already; a recovery key is never overwritten.</source>
        <translation>{path} আগে থেকেই আছে; পুনরুদ্ধার-চাবি কখনও মুছে নতুন লেখা হয় না।</translation>
    </message>
    <message>
        <source>{path} has no key file beside it ({path}.keys), so it cannot be opened. Put the key file back, or restore a backup.</source>
        <translation>{path}-এর পাশে কোনো চাবি-ফাইল নেই ({path}.keys), তাই এটি খোলা যাচ্ছে না। চাবি-ফাইলটি ফিরিয়ে রাখুন, অথবা একটি ব্যাকআপ পুনরুদ্ধার করুন।</translation>
    </message>
    <message>
        <source>{path} is not a Shakha recovery file.</source>
        <translation>{path} ‘শাখা’ সফটওয়্যারের পুনরুদ্ধার-ফাইল নয়।</translation>
    </message>
    <message>
        <source>{path} is not encrypted yet.</source>
        <translation>{path} এখনও এনক্রিপ্ট করা হয়নি।</translation>
    </message>
    <message>
        <source>{path} is not encrypted yet: run `shakha db upgrade --db {path}` first.</source>
        <translation>{path} এখনও এনক্রিপ্ট করা হয়নি: আগে `shakha db upgrade --db {path}` চালান।</translation>
    </message>
    <message>
        <source>{path} is not head office's recovery private key.</source>
        <translation>{path} প্রধান কার্যালয়ের পুনরুদ্ধার-চাবির গোপন অংশ নয়।</translation>
    </message>
    <message>
        <source>{path} is not head office's recovery public key.</source>
        <translation>{path} প্রধান কার্যালয়ের পুনরুদ্ধার-চাবির প্রকাশ্য অংশ নয়।</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_IN">
<context>
    <name></name>
    <message>
        <location filename="../ui/app_main.py" line="130"/>
        <location filename="../ui/ops.py" line="79"/>
        <source>Shakha</source>
        <translation>‘শাখা’</translation>
    </message>
    <message>
        <location filename="../ui/ops.py" line="66"/>
        <location filename="../ui/i18n.py" line="99"/>
        <source>Something went wrong. The details were saved to the log file.</source>
        <translation>কিছু একটা ভুল হয়েছে। বিস্তারিত লগ ফাইলে রাখা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../ui/ops.py" line="148"/>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <location filename="../app/format.py" line="94"/>
        <source>An amount cannot be negative: {text}</source>
        <translation>টাকার পরিমাণ ঋণাত্মক হতে পারে না: {text}</translation>
    </message>
    <message>
        <location filename="../app/format.py" line="96"/>
        <location filename="../app/format.py" line="100"/>
        <source>Not an amount: {text}</source>
        <translation>টাকার অঙ্ক নয়: {text}</translation>
    </message>
    <message>
        <location filename="../app/format.py" line="103"/>
        <source>At most two decimals: {text}</source>
        <translation>দশমিকের পরে সর্বোচ্চ দুই ঘর: {text}</translation>
    </message>
    <message>
        <location filename="../app/format.py" line="105"/>
        <source>The amount is too large: {text}</source>
        <translation>পরিমাণটি খুব বড়: {text}</translation>
    </message>
    <message>
        <location filename="../app/format.py" line="122"/>
        <source>Not a whole number: {text}</source>
        <translation>এটি পূর্ণ সংখ্যা নয়: {text}</translation>
    </message>
    <message>
        <location filename="../app/format.py" line="151"/>
        <source>Not a date: {text}. Write it like 25/11/2026.</source>
        <translation>তারিখ নয়: {text}। লিখুন যেমন ২৫/১১/২০২৬।</translation>
    </message>
    <message>
        <location filename="../app/gui_launch.py" line="81"/>
        <source>Cannot open the database file {path}: {error}</source>
        <translation>ডেটাবেস ফাইল {path} খোলা যাচ্ছে না: {error}</translation>
    </message>
    <message>
        <location filename="../app/gui_launch.py" line="84"/>
        <source>This file is not a Shakha database: {path}</source>
        <translation>এই ফাইলটি ‘শাখা’ সফটওয়্যারের ডেটাবেস নয়: {path}</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <location filename="../ui/guarded_dialog.py" line="69"/>
        <source>Close without saving? What you typed here will be lost.</source>
        <translation>সংরক্ষণ না করে বন্ধ করবেন? এখানে যা লিখেছেন তা হারিয়ে যাবে।</translation>
    </message>
    <message>
        <location filename="../ui/guarded_dialog.py" line="80"/>
        <source>&amp;Discard</source>
        <translation>বাদ দিন (&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/guarded_dialog.py" line="82"/>
        <source>&amp;Keep editing</source>
        <translation>লিখতে থাকুন (&amp;K)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../ui/labels.py" line="13"/>
        <source>applied</source>
        <translation>আবেদন হয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="14"/>
        <source>recommended</source>
        <translation>সুপারিশ হয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="15"/>
        <source>forwarded to head office</source>
        <translation>প্রধান কার্যালয়ে পাঠানো হয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="16"/>
        <source>sanctioned</source>
        <translation>মঞ্জুর হয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="17"/>
        <source>rejected</source>
        <translation>নামঞ্জুর হয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="18"/>
        <source>disbursed</source>
        <translation>বিতরণ হয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="19"/>
        <location filename="../ui/labels.py" line="57"/>
        <source>closed</source>
        <translation>বন্ধ হয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="20"/>
        <source>written off</source>
        <translation>রাইট-অফ হয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="23"/>
        <source>Loan disbursement</source>
        <translation>ঋণ বিতরণ</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="24"/>
        <source>Loan repayment</source>
        <translation>ঋণ পরিশোধ</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="25"/>
        <source>Savings deposit</source>
        <translation>সঞ্চয় জমা</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="26"/>
        <source>Savings withdrawal</source>
        <translation>সঞ্চয় উত্তোলন</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="27"/>
        <source>Savings interest</source>
        <translation>সঞ্চয়ের সুদ</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="28"/>
        <source>Processing fee</source>
        <translation>প্রক্রিয়াকরণ ফি</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="29"/>
        <source>Insurance</source>
        <translation>বীমা</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="30"/>
        <source>Penalty</source>
        <translation>জরিমানা</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="31"/>
        <source>Write-off</source>
        <translation>রাইট-অফ</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="32"/>
        <source>Recovery after write-off</source>
        <translation>রাইট-অফ করা ঋণ আদায়</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="33"/>
        <source>Insurance claim</source>
        <translation>বীমা দাবি</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="34"/>
        <source>Expense</source>
        <translation>খরচ</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="35"/>
        <source>Fund from head office / bank</source>
        <translation>প্রধান কার্যালয় / ব্যাংক থেকে তহবিল</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="36"/>
        <source>Sent to bank / head office</source>
        <translation>ব্যাংক / প্রধান কার্যালয়ে পাঠানো</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="39"/>
        <source>compulsory</source>
        <translation>বাধ্যতামূলক</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="40"/>
        <source>voluntary</source>
        <translation>ঐচ্ছিক</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="43"/>
        <source>present</source>
        <translation>উপস্থিত</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="44"/>
        <source>absent</source>
        <translation>অনুপস্থিত</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="45"/>
        <source>absent, sent payment</source>
        <translation>অনুপস্থিত, টাকা পাঠিয়েছেন</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="46"/>
        <source>leave</source>
        <translation>ছুটি</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="49"/>
        <source>active</source>
        <translation>সক্রিয়</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="50"/>
        <source>dropped out</source>
        <translation>দল ছেড়েছেন</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="51"/>
        <source>deceased</source>
        <translation>মৃত</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="52"/>
        <source>transferred</source>
        <translation>স্থানান্তরিত</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="56"/>
        <source>open</source>
        <translation>চালু</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="60"/>
        <source>Aadhaar card</source>
        <translation>আধার কার্ড</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="61"/>
        <source>Voter ID card</source>
        <translation>ভোটার কার্ড (EPIC)</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="62"/>
        <source>National ID card (NID)</source>
        <translation>জাতীয় পরিচয়পত্র (NID)</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="63"/>
        <source>Ration card</source>
        <translation>রেশন কার্ড</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="1"/>
        <source>Cash short at day close (to suspense)</source>
        <translation>দিনের হিসাব সমাপ্তিতে নগদ কম (সাসপেন্সে)</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="1"/>
        <source>Cash over at day close (to suspense)</source>
        <translation>দিনের হিসাব সমাপ্তিতে নগদ বেশি (সাসপেন্সে)</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="1"/>
        <source>Cash shortage recovered</source>
        <translation>নগদ ঘাটতি আদায়</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="1"/>
        <source>Cash shortage written off</source>
        <translation>নগদ ঘাটতি রাইট-অফ</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="1"/>
        <source>Excess cash returned</source>
        <translation>বাড়তি নগদ ফেরত</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="1"/>
        <source>Excess cash taken to income</source>
        <translation>বাড়তি নগদ আয়ে নেওয়া</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="1"/>
        <source>Opening cash (going live)</source>
        <translation>প্রারম্ভিক নগদ (চালু হওয়ার দিন)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/login_dialog.py" line="103"/>
        <source>Opening the branch database …</source>
        <translation>শাখার ডেটাবেস খোলা হচ্ছে …</translation>
    </message>
    <message>
        <location filename="../ui/login_dialog.py" line="74"/>
        <source>Shakha — log in</source>
        <translation>‘শাখা’ — লগ-ইন</translation>
    </message>
    <message>
        <location filename="../ui/login_dialog.py" line="75"/>
        <source>Branch: {name}</source>
        <translation>শাখা: {name}</translation>
    </message>
    <message>
        <location filename="../ui/login_dialog.py" line="76"/>
        <source>&amp;User name</source>
        <translation>ব্যবহারকারীর নাম (&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/login_dialog.py" line="77"/>
        <source>&amp;Password</source>
        <translation>পাসওয়ার্ড (&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/login_dialog.py" line="78"/>
        <source>&amp;Language</source>
        <translation>ভাষা (&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/login_dialog.py" line="79"/>
        <source>Demo: user manager, officer1 or accountant; password demo</source>
        <translation>ডেমো: ব্যবহারকারী manager, officer1 বা accountant; পাসওয়ার্ড demo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="219"/>
        <source>Opening the branch database …</source>
        <translation>শাখার ডেটাবেস খোলা হচ্ছে …</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="210"/>
        <source>Shakha — branch office</source>
        <translation>‘শাখা’ — শাখা কার্যালয়</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="211"/>
        <source>Today</source>
        <translation>আজ</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="211"/>
        <source>Groups</source>
        <translation>দল</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="211"/>
        <source>Members</source>
        <translation>সদস্য</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="211"/>
        <source>Loans</source>
        <translation>ঋণ</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="212"/>
        <source>Cash</source>
        <translation>ক্যাশ</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="212"/>
        <source>Reports</source>
        <translation>রিপোর্ট</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="212"/>
        <source>Sync</source>
        <translation>সিঙ্ক</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="212"/>
        <source>Settings</source>
        <translation>সেটিংস</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="238"/>
        <source>Branch: {name} ({code})</source>
        <translation>শাখা: {name} ({code})</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="240"/>
        <source>User: {name}</source>
        <translation>ব্যবহারকারী: {name}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="241"/>
        <source>Business date: {date}</source>
        <translation>কাজের তারিখ: {date}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="244"/>
        <source>1 event not yet at head office</source>
        <translation>১টি এন্ট্রি এখনও প্রধান কার্যালয়ে যায়নি</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="246"/>
        <source>{n} events not yet at head office</source>
        <translation>{n}টি এন্ট্রি এখনও প্রধান কার্যালয়ে যায়নি</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="249"/>
        <source>Everything is at head office</source>
        <translation>সব তথ্য প্রধান কার্যালয়ে পৌঁছেছে</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="251"/>
        <source>1 request from head office (Sync page)</source>
        <translation>প্রধান কার্যালয়ের ১টি অনুরোধ (সিঙ্ক পৃষ্ঠা)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="254"/>
        <source>{n} requests from head office (Sync page)</source>
        <translation>প্রধান কার্যালয়ের {n}টি অনুরোধ (সিঙ্ক পৃষ্ঠা)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="259"/>
        <source>Oldest waiting since {date}</source>
        <translation>সবচেয়ে পুরোনোটি {date} থেকে অপেক্ষায়</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="262"/>
        <source>Head office last confirmed on {date}</source>
        <translation>প্রধান কার্যালয় শেষবার নিশ্চিত করেছে {date} তারিখে</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="265"/>
        <source>Head office has not confirmed anything yet</source>
        <translation>প্রধান কার্যালয় এখনও কিছু নিশ্চিত করেনি</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="269"/>
        <source>Sync failed</source>
        <translation>সিঙ্ক ব্যর্থ হয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="282"/>
        <source>Clock {minutes} min ahead of head office&apos;s</source>
        <translation>ঘড়ি প্রধান কার্যালয়ের চেয়ে {minutes} মিনিট এগিয়ে</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="283"/>
        <source>Clock {minutes} min behind head office&apos;s</source>
        <translation>ঘড়ি প্রধান কার্যালয়ের চেয়ে {minutes} মিনিট পিছিয়ে</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="286"/>
        <source>This computer&apos;s date and time differ from head office&apos;s. Set them right (in the computer&apos;s settings), so that what you record carries the right time.</source>
        <translation>এই কম্পিউটারের তারিখ ও সময় প্রধান কার্যালয়ের থেকে আলাদা। কম্পিউটারের সেটিংসে সেগুলো ঠিক করুন, যাতে যা লিখছেন তাতে সঠিক সময় থাকে।</translation>
    </message>
</context>
<context>
    <name>MissingPage</name>
    <message>
        <location filename="../ui/main_window.py" line="55"/>
        <source>This page could not be opened. The details were saved to the log file.</source>
        <translation>এই পৃষ্ঠাটি খোলা গেল না। বিস্তারিত লগ ফাইলে রাখা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="56"/>
        <source>This part is not installed yet.</source>
        <translation>এই অংশটি এখনও ইনস্টল করা হয়নি।</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../ui/views/reports_view.py" line="32"/>
        <source>&amp;Print this report (Ctrl+P)</source>
        <translation>রিপোর্ট প্রিন্ট করুন (&amp;P) (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/views/reports_view.py" line="33"/>
        <source>Print &amp;DCB for this month</source>
        <translation>এ মাসের DCB প্রিন্ট করুন (&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/views/reports_view.py" line="52"/>
        <source>Demand, collection and balance</source>
        <translation>প্রাপ্য, আদায় ও স্থিতি (DCB)</translation>
    </message>
    <message>
        <location filename="../ui/views/reports_view.py" line="58"/>
        <source>Days past due</source>
        <translation>বকেয়ার দিন</translation>
    </message>
    <message>
        <location filename="../ui/views/reports_view.py" line="59"/>
        <source>Loans</source>
        <translation>ঋণ</translation>
    </message>
    <message>
        <location filename="../ui/views/reports_view.py" line="60"/>
        <source>Outstanding principal</source>
        <translation>অবশিষ্ট আসল</translation>
    </message>
    <message>
        <location filename="../ui/views/reports_view.py" line="65"/>
        <source>current (not late)</source>
        <translation>নিয়মিত (বকেয়া নেই)</translation>
    </message>
    <message>
        <location filename="../ui/views/reports_view.py" line="67"/>
        <source>over 180 days</source>
        <translation>১৮০ দিনের বেশি</translation>
    </message>
    <message>
        <location filename="../ui/views/reports_view.py" line="69"/>
        <source>{low}–{high} days</source>
        <translation>{low}–{high} দিন</translation>
    </message>
    <message>
        <location filename="../ui/views/reports_view.py" line="73"/>
        <source>Portfolio at risk (PAR) and ageing</source>
        <translation>ঝুঁকিপূর্ণ ঋণ (PAR) ও বকেয়ার বয়স</translation>
    </message>
    <message>
        <location filename="../ui/views/reports_view.py" line="84"/>
        <source>{loans} loans, outstanding {outstanding}; PAR&gt;0: {par1}, PAR&gt;30: {par30}, PAR&gt;90: {par90}</source>
        <translation>{loans}টি ঋণ, ঋণ স্থিতি {outstanding}; PAR&gt;০: {par1}, PAR&gt;৩০: {par30}, PAR&gt;৯০: {par90}</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../ui/views/settings_view.py" line="81"/>
        <location filename="../ui/views/settings_view.py" line="153"/>
        <source>Settings</source>
        <translation>সেটিংস</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="82"/>
        <source>This computer</source>
        <translation>এই কম্পিউটার</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="83"/>
        <source>My password</source>
        <translation>আমার পাসওয়ার্ড</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="84"/>
        <source>&amp;Language</source>
        <translation>ভাষা (&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="85"/>
        <source>Business date</source>
        <translation>কাজের তারিখ</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="86"/>
        <source>Logged in as</source>
        <translation>লগ-ইন করেছেন</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="87"/>
        <source>C&amp;urrent password</source>
        <translation>বর্তমান পাসওয়ার্ড (&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="88"/>
        <source>&amp;New password</source>
        <translation>নতুন পাসওয়ার্ড (&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="89"/>
        <source>&amp;Repeat the new password</source>
        <translation>নতুন পাসওয়ার্ড আবার লিখুন (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="90"/>
        <source>&amp;Change password</source>
        <translation>পাসওয়ার্ড বদলান (&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="91"/>
        <source>Passbook &amp;printer calibration…</source>
        <translation>পাসবই প্রিন্টারের মাপ মেলান (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="92"/>
        <source>&amp;Back up the database…</source>
        <translation>ডেটাবেসের ব্যাকআপ নিন (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="111"/>
        <location filename="../ui/views/settings_view.py" line="117"/>
        <source>Back up the database</source>
        <translation>ডেটাবেসের ব্যাকআপ নিন</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="112"/>
        <source>Shakha backup (*.db)</source>
        <translation>‘শাখা’ ব্যাকআপ (*.db)</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="118"/>
        <source>The backup was written and checked: {path} ({size} MB).</source>
        <translation>ব্যাকআপ লেখা ও যাচাই করা হয়েছে: {path} ({size} MB)।</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="123"/>
        <source>Backing up the database …</source>
        <translation>ডেটাবেসের ব্যাকআপ নেওয়া হচ্ছে …</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="142"/>
        <source>The two new passwords are not the same.</source>
        <translation>দুটি নতুন পাসওয়ার্ড এক নয়।</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="154"/>
        <source>Your password was changed.</source>
        <translation>আপনার পাসওয়ার্ড বদলানো হয়েছে।</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../ui/app_main.py" line="86"/>
        <source>Shakha</source>
        <translation>‘শাখা’</translation>
    </message>
    <message>
        <location filename="../ui/app_main.py" line="87"/>
        <source>Creating a demo branch with {n} members (only this once) …</source>
        <translation>{n} জন সদস্যের একটি ডেমো শাখা তৈরি হচ্ছে (শুধু এই একবার) …</translation>
    </message>
    <message>
        <location filename="../ui/app_main.py" line="1"/>
        <source>Almost done …</source>
        <translation>প্রায় শেষ …</translation>
    </message>
    <message>
        <location filename="../ui/app_main.py" line="1"/>
        <source>About {n} seconds left</source>
        <translation>আর প্রায় {n} সেকেন্ড</translation>
    </message>
    <message>
        <location filename="../ui/app_main.py" line="1"/>
        <source>About {n} minutes left</source>
        <translation>আর প্রায় {n} মিনিট</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../ui/views/base.py" line="83"/>
        <source>Search by name or code (Bengali or English)</source>
        <translation>নাম বা কোড দিয়ে খুঁজুন (বাংলা বা ইংরেজি)</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../ui/views/today_view.py" line="56"/>
        <source>Enter or double-click opens the meeting</source>
        <translation>Enter চাপলে বা দুবার ক্লিক করলে সভা খুলবে</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="58"/>
        <source>&amp;Print collection sheets (Ctrl+P)</source>
        <translation>আদায় শিট প্রিন্ট করুন (&amp;P) (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="60"/>
        <source>◀ Day before</source>
        <translation>◀ আগের দিন</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="61"/>
        <source>Today</source>
        <translation>আজ</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="61"/>
        <source>Day after ▶</source>
        <translation>পরের দিন ▶</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="62"/>
        <source>Not held… (Ctrl+H)</source>
        <translation>‘সভা হয়নি’ চিহ্নিত করুন… (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="63"/>
        <source>Move… (Ctrl+M)</source>
        <translation>দিন বদলান… (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="64"/>
        <source>Reverse… (Ctrl+R)</source>
        <translation>সংশোধনী এন্ট্রি দিন… (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="91"/>
        <source>Choose a meeting in the list first.</source>
        <translation>আগে তালিকা থেকে একটি সভা বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="117"/>
        <location filename="../ui/views/today_view.py" line="121"/>
        <source>Collection sheets</source>
        <translation>আদায় শিট</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="118"/>
        <source>No meetings on {date}: there is no collection sheet to print.</source>
        <translation>{date}-এ কোনো সভা নেই: প্রিন্ট করার মতো আদায় শিট নেই।</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="127"/>
        <source>Time</source>
        <translation>সময়</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="128"/>
        <source>Group</source>
        <translation>দল</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="129"/>
        <source>Village</source>
        <translation>গ্রাম</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="130"/>
        <source>Field officer</source>
        <translation>মাঠকর্মী</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="131"/>
        <source>Members</source>
        <translation>সদস্য</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="132"/>
        <source>Due (with arrears)</source>
        <translation>প্রাপ্য (বকেয়াসহ)</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="133"/>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="137"/>
        <source>not yet entered</source>
        <translation>এখনও এন্ট্রি হয়নি</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="137"/>
        <source>draft</source>
        <translation>খসড়া</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="138"/>
        <source>posted</source>
        <translation>পোস্ট হয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="138"/>
        <source>not held</source>
        <translation>সভা হয়নি</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="139"/>
        <source>reversed</source>
        <translation>সংশোধনী এন্ট্রি হয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="143"/>
        <source>Today&apos;s meetings</source>
        <translation>আজকের সভা</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="145"/>
        <source>Meetings of {date}</source>
        <translation>{date}-এর সভা</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="176"/>
        <source>not held: {n}</source>
        <translation>সভা হয়নি: {n}</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="179"/>
        <source>No meetings on this day.</source>
        <translation>এই দিনে কোনো সভা নেই।</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="172"/>
        <source>Meetings: {n} · total due {amount}</source>
        <translation>সভা: {n}টি · মোট প্রাপ্য {amount}</translation>
    </message>
</context>
</TS>

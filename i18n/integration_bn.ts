<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_BD">
<context>
    <name>MemberPageDialog</name>
    <message>
        <location filename="../ui/views/members_view.py" line="148" />
        <source>Group {group} · village {village} · joined {joined}
Outstanding {outstanding} · arrears {arrears} · savings {savings}</source>
        <translation>দল {group} · গ্রাম {village} · যোগদান {joined}
বকেয়া ঋণ স্থিতি {outstanding} · বকেয়া {arrears} · সঞ্চয় {savings}</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="157" />
        <source>Loan</source>
        <translation>ঋণ</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="157" />
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="157" />
        <location filename="../ui/views/members_view.py" line="166" />
        <source>Amount</source>
        <translation>পরিমাণ</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="158" />
        <source>Outstanding</source>
        <translation>বকেয়া ঋণ স্থিতি</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="158" />
        <source>Arrears</source>
        <translation>বকেয়া</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="162" />
        <source>Loans</source>
        <translation>ঋণ</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="163" />
        <source>Account</source>
        <translation>হিসাব</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="163" />
        <source>Kind</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="163" />
        <source>Balance</source>
        <translation>স্থিতি</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="165" />
        <source>Savings</source>
        <translation>সঞ্চয়</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="166" />
        <location filename="../ui/views/members_view.py" line="170" />
        <source>Date</source>
        <translation>তারিখ</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="166" />
        <source>Entry</source>
        <translation>বিবরণ</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="169" />
        <source>Passbook</source>
        <translation>পাসবই</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="170" />
        <location filename="../ui/views/members_view.py" line="172" />
        <source>Attendance</source>
        <translation>হাজিরা</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <location filename="../ui/views/members_view.py" line="209" />
        <source>Register (Ctrl+N)</source>
        <translation>সদস্য ভর্তি (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="209" />
        <source>Member page</source>
        <translation>সদস্যের পাতা</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="210" />
        <source>Print passbook…</source>
        <translation>পাসবই প্রিন্ট…</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="211" />
        <source>Transfer…</source>
        <translation>দল বদল…</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="211" />
        <source>Drop out…</source>
        <translation>দল ছেড়ে যাওয়া…</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="212" />
        <source>Record death…</source>
        <translation>মৃত্যু লিপিবদ্ধ করুন…</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="218" />
        <source>Code</source>
        <translation>কোড</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="219" />
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="220" />
        <source>Husband / guardian</source>
        <translation>স্বামী / অভিভাবক</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="221" />
        <source>Group</source>
        <translation>দল</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="222" />
        <source>Village</source>
        <translation>গ্রাম</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="223" />
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="227" />
        <source>active</source>
        <translation>সক্রিয়</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="227" />
        <source>dropped out</source>
        <translation>ঝরে পড়েছেন</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="228" />
        <source>deceased</source>
        <translation>মৃত</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="228" />
        <source>transferred</source>
        <translation>স্থানান্তরিত</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="232" />
        <source>Members</source>
        <translation>সদস্য</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="255" />
        <source>Reason</source>
        <translation>কারণ</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="264" />
        <location filename="../ui/views/members_view.py" line="266" />
        <source>Transfer</source>
        <translation>ট্রান্সফার</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="264" />
        <source>To group</source>
        <translation>কোন দলে</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="276" />
        <source>Drop out</source>
        <translation>দল ছেড়ে যাওয়া</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="287" />
        <location filename="../ui/views/members_view.py" line="295" />
        <location filename="../ui/views/members_view.py" line="300" />
        <source>Record death</source>
        <translation>মৃত্যু লিপিবদ্ধ করুন</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="288" />
        <source>Date of death (like 2026-11-20)</source>
        <translation>মৃত্যুর তারিখ (যেমন 2026-11-20)</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="296" />
        <source>Write the date like 2026-11-20.</source>
        <translation>তারিখ 2026-11-20 এর মতো করে লিখুন।</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="301" />
        <source>{count} open loan(s) now await death settlement.</source>
        <translation>{count}টি চালু ঋণ এখন মৃত্যুজনিত নিষ্পত্তির অপেক্ষায়।</translation>
    </message>
</context>
<context>
    <name>RegisterMemberDialog</name>
    <message>
        <location filename="../ui/views/members_view.py" line="55" />
        <location filename="../ui/views/members_view.py" line="100" />
        <source>Register a member</source>
        <translation>নতুন সদস্য ভর্তি</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="67" />
        <source>Choose photo…</source>
        <translation>ছবি বাছুন…</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="70" />
        <source>Group</source>
        <translation>দল</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="71" />
        <source>Name (English)</source>
        <translation>নাম (ইংরেজিতে)</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="72" />
        <source>Name (Bengali)</source>
        <translation>নাম (বাংলায়)</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="73" />
        <source>Husband / guardian (English)</source>
        <translation>স্বামী / অভিভাবক (ইংরেজিতে)</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="74" />
        <source>Husband / guardian (Bengali)</source>
        <translation>স্বামী / অভিভাবক (বাংলায়)</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="75" />
        <source>ID document</source>
        <translation>পরিচয়পত্র</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="76" />
        <source>ID number</source>
        <translation>পরিচয়পত্র নম্বর</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="77" />
        <source>Date of birth</source>
        <translation>জন্ম তারিখ</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="78" />
        <source>Phone</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="79" />
        <source>Household income per year</source>
        <translation>বার্ষিক পারিবারিক আয়</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="80" />
        <location filename="../ui/views/members_view.py" line="88" />
        <source>Photo</source>
        <translation>ছবি</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="89" />
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>ছবি (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="101" />
        <source>Write the date of birth like 1990-01-31.</source>
        <translation>জন্ম তারিখ 1990-01-31 এর মতো করে লিখুন।</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="123" />
        <source>same ID document</source>
        <translation>একই পরিচয়পত্র</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="124" />
        <source>same name, guardian and village</source>
        <translation>একই নাম, অভিভাবক ও গ্রাম</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="127" />
        <source>Possible duplicate</source>
        <translation>একই সদস্য দু'বার হতে পারে</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="128" />
        <source>These members look like the same person:
{names}

Register anyway?</source>
        <translation>এঁরা একই মানুষ বলে মনে হচ্ছে:
{names}

তবুও ভর্তি করবেন?</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../ui/views/settings_view.py" line="78" />
        <location filename="../ui/views/settings_view.py" line="125" />
        <source>Settings</source>
        <translation>সেটিংস</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="79" />
        <source>This computer</source>
        <translation>এই কম্পিউটার</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="80" />
        <source>My password</source>
        <translation>আমার পাসওয়ার্ড</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="81" />
        <source>&amp;Language</source>
        <translation>ভাষা (&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="82" />
        <source>Business date</source>
        <translation>কাজের তারিখ</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="83" />
        <source>Logged in as</source>
        <translation>লগ-ইন করেছেন</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="84" />
        <source>C&amp;urrent password</source>
        <translation>বর্তমান পাসওয়ার্ড (&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="85" />
        <source>&amp;New password</source>
        <translation>নতুন পাসওয়ার্ড (&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="86" />
        <source>&amp;Repeat the new password</source>
        <translation>নতুন পাসওয়ার্ড আবার লিখুন (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="87" />
        <source>&amp;Change password</source>
        <translation>পাসওয়ার্ড বদলান (&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="88" />
        <source>Passbook &amp;printer calibration…</source>
        <translation>পাসবই প্রিন্টার মাপ ঠিক করা (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="114" />
        <source>The two new passwords are not the same.</source>
        <translation>দুটি নতুন পাসওয়ার্ড এক নয়।</translation>
    </message>
    <message>
        <location filename="../ui/views/settings_view.py" line="126" />
        <source>Your password was changed.</source>
        <translation>আপনার পাসওয়ার্ড বদলানো হয়েছে।</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../ui/views/today_view.py" line="31" />
        <source>Enter or double-click opens the meeting</source>
        <translation>Enter চাপলে বা দুবার ক্লিক করলে সভা খুলবে</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="33" />
        <source>&amp;Print collection sheets (Ctrl+P)</source>
        <translation>আদায় শিট প্রিন্ট (&amp;P) (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="42" />
        <source>Collection sheets</source>
        <translation>আদায় শিট</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="48" />
        <source>Time</source>
        <translation>সময়</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="49" />
        <source>Group</source>
        <translation>দল</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="50" />
        <source>Village</source>
        <translation>গ্রাম</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="51" />
        <source>Field officer</source>
        <translation>মাঠকর্মী</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="52" />
        <source>Members</source>
        <translation>সদস্য</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="53" />
        <source>Due (with arrears)</source>
        <translation>প্রাপ্য (বকেয়াসহ)</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="54" />
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="58" />
        <source>not yet entered</source>
        <translation>এখনও এন্ট্রি হয়নি</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="58" />
        <source>draft</source>
        <translation>খসড়া</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="59" />
        <source>posted</source>
        <translation>পোস্ট হয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="59" />
        <source>not held</source>
        <translation>সভা হয়নি</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="60" />
        <source>reversed</source>
        <translation>সংশোধনী এন্ট্রি হয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="63" />
        <location filename="../ui/views/today_view.py" line="73" />
        <source>Today's meetings</source>
        <translation>আজকের সভা</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="74" />
        <source>Meeting entry is not installed yet.</source>
        <translation>সভার এন্ট্রি এখনও ইনস্টল করা হয়নি।</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="86" />
        <source>Meetings: {n} · total due {amount}</source>
        <translation>সভা: {n}টি · মোট প্রাপ্য {amount}</translation>
    </message>
</context>
</TS>
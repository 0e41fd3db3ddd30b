<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_IN">
<context>
    <name></name>
    <message>
        <location filename="../app/services/groups.py" line="64"/>
        <source>Group {group} is closed.</source>
        <translation>{group} দলটি বন্ধ।</translation>
    </message>
    <message>
        <location filename="../app/services/groups.py" line="67"/>
        <source>Group {group} already has {limit} members, the most the policy allows.</source>
        <translation>{group} দলে ইতিমধ্যে {limit} জন সদস্য আছেন, নিয়ম অনুযায়ী এর বেশি হয় না।</translation>
    </message>
    <message>
        <location filename="../app/services/groups.py" line="80"/>
        <source>No such group.</source>
        <translation>এমন কোনো দল নেই।</translation>
    </message>
    <message>
        <location filename="../app/services/groups.py" line="89"/>
        <source>The group needs a name.</source>
        <translation>দলের একটি নাম দিন।</translation>
    </message>
    <message>
        <location filename="../app/services/groups.py" line="91"/>
        <source>Choose the meeting day of the week.</source>
        <translation>সপ্তাহের কোন দিন সভা হবে বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../app/services/groups.py" line="93"/>
        <source>Meeting time must be like 10:30.</source>
        <translation>সভার সময় 10:30 এর মতো করে লিখুন।</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="162"/>
        <location filename="../app/services/groups.py" line="98"/>
        <source>No such village.</source>
        <translation>এমন কোনো গ্রাম নেই।</translation>
    </message>
    <message>
        <location filename="../app/services/groups.py" line="101"/>
        <source>No such field officer.</source>
        <translation>এমন কোনো মাঠকর্মী নেই।</translation>
    </message>
    <message>
        <location filename="../app/services/groups.py" line="105"/>
        <source>A group may have at most {limit} members.</source>
        <translation>একটি দলে সর্বোচ্চ {limit} জন সদস্য থাকতে পারেন।</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="78"/>
        <location filename="../app/services/savings.py" line="68"/>
        <location filename="../app/services/savings.py" line="234"/>
        <source>No such member.</source>
        <translation>এমন কোনো সদস্য নেই।</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="132"/>
        <source>The member&apos;s name is required.</source>
        <translation>সদস্যের নাম লিখতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/services/meetings.py" line="185"/>
        <location filename="../app/services/members.py" line="134"/>
        <location filename="../app/services/cash.py" line="213"/>
        <source>Amounts cannot be negative.</source>
        <translation>টাকার পরিমাণ ঋণাত্মক হতে পারে না।</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="139"/>
        <source>A member must be at least 18 years old.</source>
        <translation>সদস্যের বয়স অন্তত ১৮ বছর হতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="141"/>
        <source>The photo is too large (at most 1 MB).</source>
        <translation>ছবিটি খুব বড় (সর্বোচ্চ ১ MB)।</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="143"/>
        <source>The phone number may contain digits only.</source>
        <translation>ফোন নম্বরে শুধু অঙ্ক থাকতে পারে।</translation>
    </message>
    <message>
        <location filename="../app/services/meeting_calendar.py" line="80"/>
        <location filename="../app/services/members.py" line="92"/>
        <source>Give a reason.</source>
        <translation>কারণ লিখুন।</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="85"/>
        <location filename="../app/services/savings.py" line="70"/>
        <source>Only an active member can do this.</source>
        <translation>শুধু সক্রিয় সদস্যের ক্ষেত্রেই এটা করা যায়।</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="218"/>
        <source>The member is already in that group.</source>
        <translation>সদস্য ইতিমধ্যে ওই দলেই আছেন।</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="234"/>
        <source>{member} has an open loan; it must be repaid before she leaves.</source>
        <translation>{member}-এর একটি চলতি ঋণ আছে; দল ছাড়ার আগে তা পরিশোধ করতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="250"/>
        <source>This death is already recorded.</source>
        <translation>এই মৃত্যু আগেই নথিভুক্ত করা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="252"/>
        <location filename="../app/services/savings.py" line="173"/>
        <source>The date cannot be in the future.</source>
        <translation>তারিখ ভবিষ্যতের হতে পারে না।</translation>
    </message>
    <message>
        <location filename="../app/services/members.py" line="285"/>
        <source>Only a member who left can be re-admitted.</source>
        <translation>শুধু দল ছেড়ে যাওয়া সদস্যকেই আবার ভর্তি করা যায়।</translation>
    </message>
    <message>
        <location filename="../app/services/savings.py" line="52"/>
        <source>No such savings account.</source>
        <translation>এমন কোনো সঞ্চয় হিসাব নেই।</translation>
    </message>
    <message>
        <location filename="../app/services/ledger_ops.py" line="202"/>
        <source>{member}&apos;s compulsory savings are held as security while her loan is open.</source>
        <translation>ঋণ চলতি থাকা পর্যন্ত {member}-এর বাধ্যতামূলক সঞ্চয় ঋণের বিপরীতে আটকে থাকে।</translation>
    </message>
    <message>
        <location filename="../app/services/ledger_ops.py" line="221"/>
        <source>{member} has only {balance} in savings.</source>
        <translation>{member}-এর সঞ্চয়ে আছে মাত্র {balance}।</translation>
    </message>
    <message>
        <location filename="../app/services/ledger_ops.py" line="288"/>
        <source>Loan {loan_no} was settled after the member&apos;s death or written off; reverse that first.</source>
        <translation>ঋণ {loan_no} সদস্যের মৃত্যুর পরে নিষ্পত্তি হয়েছে অথবা রাইট-অফ করা হয়েছে; আগে সেটির সংশোধনী এন্ট্রি দিন।</translation>
    </message>
    <message>
        <location filename="../app/services/ledger_ops.py" line="272"/>
        <source>The reversal takes {amount} from {member}&apos;s savings, which hold only {balance}: what she has withdrawn since must come back first.</source>
        <translation>এই সংশোধনী এন্ট্রি {member}-এর সঞ্চয় থেকে {amount} বাদ দেয়, কিন্তু সঞ্চয়ে আছে মাত্র {balance}: এর মধ্যে তিনি যা উত্তোলন করেছেন, আগে তা ফেরত জমা হতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/services/savings.py" line="60"/>
        <source>Unknown savings kind: {kind}</source>
        <translation>অজানা সঞ্চয়ের ধরন: {kind}</translation>
    </message>
    <message>
        <location filename="../app/services/savings.py" line="62"/>
        <source>The interest rate must be 0–20%.</source>
        <translation>সঞ্চয়ের সুদের হার ০–২০%-এর মধ্যে হতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/services/savings.py" line="75"/>
        <source>She already has a compulsory savings account.</source>
        <translation>তাঁর ইতিমধ্যে একটি বাধ্যতামূলক সঞ্চয় হিসাব আছে।</translation>
    </message>
    <message>
        <location filename="../app/services/cash.py" line="74"/>
        <source>Only {cash} is in the safe; {amount} cannot be paid out. Record the fund received first.</source>
        <translation>সিন্দুকে আছে মাত্র {cash}; {amount} দেওয়া যাবে না। আগে প্রধান কার্যালয় বা ব্যাংক থেকে পাওয়া তহবিল নথিভুক্ত করুন।</translation>
    </message>
    <message>
        <location filename="../app/services/cash.py" line="87"/>
        <source>Only {cash} is in the safe; the reversal takes {amount} back out of it. Record the fund received first.</source>
        <translation>সিন্দুকে আছে মাত্র {cash}; এই সংশোধনী এন্ট্রিতে সিন্দুক থেকে {amount} বেরিয়ে যায়। আগে প্রধান কার্যালয় বা ব্যাংক থেকে পাওয়া তহবিল নথিভুক্ত করুন।</translation>
    </message>
    <message>
        <location filename="../app/services/meetings.py" line="194"/>
        <source>Only {cash} is in the safe; this meeting pays out {amount} more than it collects. Record the fund received first.</source>
        <translation>সিন্দুকে আছে মাত্র {cash}; এই সভায় আদায়ের চেয়ে {amount} বেশি দেওয়া হচ্ছে। আগে প্রধান কার্যালয় বা ব্যাংক থেকে পাওয়া তহবিল নথিভুক্ত করুন।</translation>
    </message>
    <message>
        <location filename="../app/services/savings.py" line="110"/>
        <source>The amount must be more than zero.</source>
        <translation>টাকার পরিমাণ শূন্যের বেশি হতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/services/savings.py" line="101"/>
        <source>This savings account is closed.</source>
        <translation>এই সঞ্চয় হিসাবটি বন্ধ।</translation>
    </message>
    <message>
        <location filename="../app/services/cash.py" line="171"/>
        <source>These meetings are neither posted nor marked as not held: {groups}</source>
        <translation>এই সভাগুলো পোস্টও হয়নি, ‘সভা হয়নি’ বলেও চিহ্নিত হয়নি: {groups}</translation>
    </message>
    <message>
        <location filename="../app/services/meetings.py" line="120"/>
        <source>No such meeting.</source>
        <translation>এমন কোনো সভা নেই।</translation>
    </message>
    <message>
        <location filename="../app/services/meetings.py" line="162"/>
        <source>This meeting was already posted.</source>
        <translation>এই সভা আগেই পোস্ট করা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../app/services/meetings.py" line="164"/>
        <source>This meeting was marked as not held.</source>
        <translation>এই সভা ‘সভা হয়নি’ বলে চিহ্নিত করা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../app/services/meetings.py" line="166"/>
        <source>A meeting of {date} cannot be posted before that day.</source>
        <translation>{date} তারিখের সভা সেই দিনের আগে পোস্ট করা যায় না।</translation>
    </message>
    <message>
        <location filename="../app/services/meetings.py" line="174"/>
        <source>Member {member} is not in this group.</source>
        <translation>সদস্য {member} এই দলের নন।</translation>
    </message>
    <message>
        <location filename="../app/services/meetings.py" line="177"/>
        <source>Member {member} appears twice.</source>
        <translation>সদস্য {member} দুবার এসেছেন।</translation>
    </message>
    <message>
        <location filename="../app/services/meetings.py" line="181"/>
        <source>Unknown attendance: {value}</source>
        <translation>অজানা হাজিরা: {value}</translation>
    </message>
    <message>
        <location filename="../app/services/meetings.py" line="188"/>
        <source>The entered amounts come to {entered} but the cash counted is {counted}. Correct one of them before posting.</source>
        <translation>লেখা টাকার মোট {entered}, কিন্তু গোনা নগদ {counted}। পোস্ট করার আগে একটি ঠিক করুন।</translation>
    </message>
    <message>
        <location filename="../app/services/meetings.py" line="266"/>
        <source>{member} has no open loan to close.</source>
        <translation>{member}-এর বন্ধ করার মতো কোনো চলতি ঋণ নেই।</translation>
    </message>
    <message>
        <location filename="../app/services/meetings.py" line="272"/>
        <source>{member} closes her loans today with exactly {amount}; {paid} was entered.</source>
        <translation>{member}-এর ঋণ আজ বন্ধ করতে ঠিক {amount} লাগবে; লেখা হয়েছে {paid}।</translation>
    </message>
    <message>
        <location filename="../app/services/cash_transfers.py" line="51"/>
        <source>A transfer is either in or out.</source>
        <translation>স্থানান্তর হয় আসবে, নয় যাবে।</translation>
    </message>
    <message>
        <location filename="../app/services/cash_transfers.py" line="56"/>
        <source>Enter an amount greater than zero.</source>
        <translation>শূন্যের চেয়ে বেশি টাকার পরিমাণ লিখুন।</translation>
    </message>
    <message>
        <location filename="../app/services/cash_transfers.py" line="53"/>
        <source>Write the reference: cheque, deposit slip or head office&apos;s advice.</source>
        <translation>সূত্র লিখুন: চেক, জমা স্লিপ বা প্রধান কার্যালয়ের নির্দেশপত্র।</translation>
    </message>
    <message>
        <location filename="../app/services/cash_transfers.py" line="52"/>
        <source>Write what it was for and the voucher number.</source>
        <translation>কী বাবদ খরচ এবং ভাউচার নম্বর লিখুন।</translation>
    </message>
    <message>
        <location filename="../app/services/cash_transfers.py" line="61"/>
        <source>The reference is too long (at most {n} characters).</source>
        <translation>সূত্রটি খুব লম্বা (বড়জোর {n} অক্ষর)।</translation>
    </message>
    <message>
        <location filename="../app/services/cash_transfers.py" line="31"/>
        <source>Only {cash} is in hand; {amount} cannot be sent.</source>
        <translation>হাতে আছে মাত্র {cash}; {amount} পাঠানো যাবে না।</translation>
    </message>
    <message>
        <location filename="../app/services/meetings.py" line="294"/>
        <location filename="../app/services/cash_transfers.py" line="101"/>
        <location filename="../app/services/cash_differences.py" line="152"/>
        <source>A reversal needs a reason.</source>
        <translation>সংশোধনী এন্ট্রির কারণ লিখুন।</translation>
    </message>
    <message>
        <location filename="../app/services/cash_transfers.py" line="108"/>
        <source>No such cash transfer.</source>
        <translation>এমন কোনো নগদ স্থানান্তর নেই।</translation>
    </message>
    <message>
        <location filename="../app/services/cash_transfers.py" line="110"/>
        <source>This transfer has already been reversed.</source>
        <translation>এই স্থানান্তরের সংশোধনী এন্ট্রি আগেই দেওয়া হয়েছে।</translation>
    </message>
    <message>
        <location filename="../app/services/meetings.py" line="299"/>
        <source>Only a posted meeting can be reversed.</source>
        <translation>শুধু পোস্ট করা সভার সংশোধনী এন্ট্রি দেওয়া যায়।</translation>
    </message>
    <message>
        <location filename="../app/services/meetings.py" line="350"/>
        <source>Say why the meeting was not held.</source>
        <translation>সভা কেন হয়নি তা লিখুন।</translation>
    </message>
    <message>
        <location filename="../app/services/meeting_calendar.py" line="34"/>
        <source>The end date is before the start date.</source>
        <translation>শেষের তারিখ শুরুর তারিখের আগে।</translation>
    </message>
    <message>
        <location filename="../app/services/meeting_calendar.py" line="36"/>
        <source>At most one year at a time.</source>
        <translation>একবারে সর্বোচ্চ এক বছর।</translation>
    </message>
    <message>
        <location filename="../app/services/meeting_calendar.py" line="91"/>
        <source>A meeting cannot be moved into the past.</source>
        <translation>সভা আগের কোনো তারিখে সরানো যায় না।</translation>
    </message>
    <message>
        <location filename="../app/services/meeting_calendar.py" line="93"/>
        <source>{date} is a holiday.</source>
        <translation>{date} ছুটির দিন।</translation>
    </message>
    <message>
        <location filename="../app/services/meeting_calendar.py" line="96"/>
        <source>The group already has a meeting on {date}.</source>
        <translation>{date} তারিখে দলের ইতিমধ্যে একটি সভা আছে।</translation>
    </message>
    <message>
        <location filename="../app/services/ledger_ops.py" line="104"/>
        <source>{member} has no open loan to repay.</source>
        <translation>{member}-এর পরিশোধ করার মতো কোনো চলতি ঋণ নেই।</translation>
    </message>
    <message>
        <location filename="../app/services/ledger_ops.py" line="122"/>
        <source>{member} paid {paid}, which is {extra} more than she owes and may pay in advance.</source>
        <translation>{member} {paid} দিয়েছেন, যা তাঁর দেয় ও অগ্রিম দেওয়ার সীমার চেয়ে {extra} বেশি।</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_actions.py" line="31"/>
        <source>Meeting not held</source>
        <translation>সভা হয়নি</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_actions.py" line="31"/>
        <source>Why was the meeting not held?</source>
        <translation>সভা কেন হয়নি?</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_actions.py" line="48"/>
        <location filename="../ui/views/meeting_actions.py" line="60"/>
        <source>Move meeting</source>
        <translation>সভার দিন বদল</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_actions.py" line="48"/>
        <source>New date (like 27/11/2026)</source>
        <translation>নতুন তারিখ (যেমন ২৭/১১/২০২৬)</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_actions.py" line="60"/>
        <source>Reason (e.g. flood, festival)</source>
        <translation>কারণ (যেমন বন্যা, উৎসব)</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_actions.py" line="73"/>
        <location filename="../ui/views/meeting_actions.py" line="82"/>
        <source>Reverse meeting</source>
        <translation>সভার সংশোধনী এন্ট্রি দিন</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_actions.py" line="74"/>
        <source>Every amount of this meeting will be reversed. Reason:</source>
        <translation>এই সভার প্রতিটি টাকার অঙ্কের সংশোধনী এন্ট্রি হবে (মূল এন্ট্রি থেকে যাবে)। কারণ:</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_actions.py" line="83"/>
        <source>{count} entries reversed.</source>
        <translation>{count}টি এন্ট্রির সংশোধনী এন্ট্রি দেওয়া হয়েছে।</translation>
    </message>
    <message>
        <location filename="../app/services/cash_differences.py" line="55"/>
        <source>The cash book says {book} but {counted} was counted: {difference} {direction}. Count again, or give the reason to record it in suspense and close the day.</source>
        <translation>ক্যাশ বইয়ে আছে {book}, কিন্তু গোনা হয়েছে {counted}: {difference} {direction}। আবার গুনুন, অথবা কারণ লিখে পার্থক্যটি সাসপেন্স হিসাবে রেখে দিনের হিসাব সমাপ্ত করুন।</translation>
    </message>
    <message>
        <location filename="../app/services/cash_differences.py" line="60"/>
        <source>short</source>
        <translation>কম</translation>
    </message>
    <message>
        <location filename="../app/services/cash_differences.py" line="61"/>
        <source>over</source>
        <translation>বেশি</translation>
    </message>
    <message>
        <location filename="../app/services/cash_differences.py" line="80"/>
        <source>Give the reason for the difference.</source>
        <translation>পার্থক্যের কারণ লিখুন।</translation>
    </message>
    <message>
        <location filename="../app/services/cash_differences.py" line="84"/>
        <source>The reason is too long (at most 500 characters).</source>
        <translation>কারণটি খুব বড় (বড়জোর ৫০০ অক্ষর)।</translation>
    </message>
    <message>
        <location filename="../app/services/cash_differences.py" line="112"/>
        <source>No such cash difference.</source>
        <translation>এমন কোনো নগদ পার্থক্য নেই।</translation>
    </message>
    <message>
        <location filename="../app/services/cash_differences.py" line="114"/>
        <source>This cash difference is already settled.</source>
        <translation>এই নগদ পার্থক্যের নিষ্পত্তি আগেই হয়েছে।</translation>
    </message>
    <message>
        <location filename="../app/services/cash_differences.py" line="123"/>
        <source>Say how the difference was settled.</source>
        <translation>পার্থক্যের নিষ্পত্তি কীভাবে হলো লিখুন।</translation>
    </message>
    <message>
        <location filename="../app/services/cash_differences.py" line="125"/>
        <source>Unknown settlement: {value}</source>
        <translation>অজানা নিষ্পত্তি: {value}</translation>
    </message>
    <message>
        <location filename="../app/services/cash_differences.py" line="131"/>
        <source>A shortage is recovered or written off; an excess is returned or taken to income.</source>
        <translation>ঘাটতি আদায় বা রাইট-অফ করা হয়; বাড়তি টাকা ফেরত দেওয়া হয় বা আয়ে নেওয়া হয়।</translation>
    </message>
</context>
<context>
    <name>CashView</name>
    <message>
        <location filename="../ui/views/cash_view.py" line="132"/>
        <source>Savings deposit…</source>
        <translation>সঞ্চয় জমা নিন…</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="133"/>
        <source>Savings withdrawal…</source>
        <translation>সঞ্চয় উত্তোলন করুন…</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="134"/>
        <source>Close the day…</source>
        <translation>দিনের হিসাব সমাপ্ত করুন…</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="135"/>
        <source>&amp;Fund received…</source>
        <translation>পাওয়া তহবিল নথিভুক্ত করুন (&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="136"/>
        <source>Sent to &amp;bank…</source>
        <translation>ব্যাংকে পাঠানো নথিভুক্ত করুন (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="137"/>
        <source>E&amp;xpense…</source>
        <translation>খরচ নথিভুক্ত করুন (&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="138"/>
        <source>Reverse a transfer…</source>
        <translation>স্থানান্তরের সংশোধনী এন্ট্রি দিন…</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="139"/>
        <source>Savings &amp;interest…</source>
        <translation>সঞ্চয়ের সুদ জমা করুন (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="140"/>
        <source>&amp;Print cash book (Ctrl+P)</source>
        <translation>ক্যাশ বই প্রিন্ট করুন (&amp;P) (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="145"/>
        <source>Entry</source>
        <translation>বিবরণ</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="146"/>
        <source>Staff</source>
        <translation>কর্মী</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="147"/>
        <source>Receipts</source>
        <translation>জমা (প্রাপ্তি)</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="148"/>
        <source>Payments</source>
        <translation>প্রদান</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="152"/>
        <location filename="../ui/views/cash_view.py" line="176"/>
        <source>Cash book</source>
        <translation>ক্যাশ বই</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="160"/>
        <source>Opening {opening} + receipts {receipts} − payments {payments} = closing {closing}</source>
        <translation>প্রারম্ভিক {opening} + প্রাপ্তি {receipts} − প্রদান {payments} = সমাপনী {closing}</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="187"/>
        <location filename="../ui/views/cash_view.py" line="198"/>
        <source>Savings interest</source>
        <translation>সঞ্চয়ের সুদ</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="188"/>
        <source>Credit interest up to (day/month/year)</source>
        <translation>যে তারিখ পর্যন্ত সঞ্চয়ের সুদ জমা হবে (দিন/মাস/বছর)</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="199"/>
        <source>Interest up to {date}: {total} credited to savings accounts ({count}).</source>
        <translation>{date} পর্যন্ত সঞ্চয়ের সুদ: {total} সঞ্চয় হিসাবে জমা হয়েছে ({count}টি হিসাব)।</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="215"/>
        <source>No cash transfer today to reverse.</source>
        <translation>আজ সংশোধনী এন্ট্রি দেওয়ার মতো কোনো নগদ স্থানান্তর নেই।</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="221"/>
        <location filename="../ui/views/cash_view.py" line="232"/>
        <source>Close the day</source>
        <translation>দিনের হিসাব সমাপ্তি</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="222"/>
        <source>Cash counted in the safe</source>
        <translation>সিন্দুকে গোনা নগদ টাকা</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="233"/>
        <source>The day is closed. The next working day is {date}.</source>
        <translation>দিনের হিসাব সমাপ্ত। পরের কাজের দিন {date}।</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="246"/>
        <source>Backing up the closed day …</source>
        <translation>সমাপ্ত দিনের ব্যাকআপ নেওয়া হচ্ছে …</translation>
    </message>
</context>
<context>
    <name>CounterDialog</name>
    <message>
        <location filename="../ui/views/cash_view.py" line="48"/>
        <source>Savings withdrawal</source>
        <translation>সঞ্চয় উত্তোলন</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="49"/>
        <source>Savings deposit</source>
        <translation>সঞ্চয় জমা</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="52"/>
        <source>Member code or name</source>
        <translation>সদস্যের কোড বা নাম</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="57"/>
        <source>Member</source>
        <translation>সদস্য</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="58"/>
        <source>Account</source>
        <translation>হিসাব</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="59"/>
        <source>Amount</source>
        <translation>টাকার পরিমাণ</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_view.py" line="81"/>
        <source>No open savings account found for this member.</source>
        <translation>এই সদস্যের কোনো চালু সঞ্চয় হিসাব পাওয়া যায়নি।</translation>
    </message>
</context>
<context>
    <name>FormGroupDialog</name>
    <message>
        <location filename="../ui/views/groups_view.py" line="35"/>
        <source>Form a group</source>
        <translation>নতুন দল গঠন</translation>
    </message>
    <message>
        <location filename="../ui/views/groups_view.py" line="54"/>
        <source>Name (English)</source>
        <translation>নাম (ইংরেজিতে)</translation>
    </message>
    <message>
        <location filename="../ui/views/groups_view.py" line="55"/>
        <source>Name (Bengali)</source>
        <translation>নাম (বাংলায়)</translation>
    </message>
    <message>
        <location filename="../ui/views/groups_view.py" line="56"/>
        <source>Village</source>
        <translation>গ্রাম</translation>
    </message>
    <message>
        <location filename="../ui/views/groups_view.py" line="57"/>
        <source>Meeting day</source>
        <translation>সভার দিন</translation>
    </message>
    <message>
        <location filename="../ui/views/groups_view.py" line="58"/>
        <source>Meeting time</source>
        <translation>সভার সময়</translation>
    </message>
    <message>
        <location filename="../ui/views/groups_view.py" line="59"/>
        <source>Meeting place</source>
        <translation>সভার জায়গা</translation>
    </message>
    <message>
        <location filename="../ui/views/groups_view.py" line="60"/>
        <source>Field officer</source>
        <translation>মাঠকর্মী</translation>
    </message>
    <message>
        <location filename="../ui/views/groups_view.py" line="61"/>
        <source>Most members</source>
        <translation>সর্বোচ্চ সদস্য সংখ্যা</translation>
    </message>
</context>
<context>
    <name>GroupsView</name>
    <message>
        <location filename="../ui/views/groups_view.py" line="88"/>
        <location filename="../ui/views/groups_view.py" line="104"/>
        <source>Form a group (Ctrl+N)</source>
        <translation>নতুন দল গঠন করুন (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/views/groups_view.py" line="92"/>
        <source>Code</source>
        <translation>কোড</translation>
    </message>
    <message>
        <location filename="../ui/views/groups_view.py" line="93"/>
        <source>Group</source>
        <translation>দল</translation>
    </message>
    <message>
        <location filename="../ui/views/groups_view.py" line="94"/>
        <source>Village</source>
        <translation>গ্রাম</translation>
    </message>
    <message>
        <location filename="../ui/views/groups_view.py" line="95"/>
        <source>Meeting day</source>
        <translation>সভার দিন</translation>
    </message>
    <message>
        <location filename="../ui/views/groups_view.py" line="96"/>
        <source>Time</source>
        <translation>সময়</translation>
    </message>
    <message>
        <location filename="../ui/views/groups_view.py" line="97"/>
        <source>Field officer</source>
        <translation>মাঠকর্মী</translation>
    </message>
    <message>
        <location filename="../ui/views/groups_view.py" line="98"/>
        <source>Members</source>
        <translation>সদস্য</translation>
    </message>
    <message>
        <location filename="../ui/views/groups_view.py" line="107"/>
        <source>Groups</source>
        <translation>দল</translation>
    </message>
</context>
<context>
    <name>MeetingEntryDialog</name>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="185"/>
        <source>Meeting entry</source>
        <translation>সভার এন্ট্রি</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="186"/>
        <source>Meeting of {group} on {date}</source>
        <translation>{group}-এর সভা, {date}</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="190"/>
        <source>Code</source>
        <translation>কোড</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="190"/>
        <source>Member</source>
        <translation>সদস্য</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="190"/>
        <source>Installment</source>
        <translation>কিস্তি</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="190"/>
        <source>Due</source>
        <translation>প্রাপ্য</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="191"/>
        <source>Arrears</source>
        <translation>বকেয়া</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="191"/>
        <source>Savings due</source>
        <translation>নির্ধারিত সঞ্চয়</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="191"/>
        <source>Withdrawable</source>
        <translation>তোলা যাবে</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="192"/>
        <source>Received</source>
        <translation>আদায়</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="192"/>
        <source>Savings deposit</source>
        <translation>সঞ্চয় জমা</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="192"/>
        <source>Withdrawal</source>
        <translation>উত্তোলন</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="193"/>
        <source>Attendance</source>
        <translation>হাজিরা</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="193"/>
        <source>By group</source>
        <translation>দল দিয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="193"/>
        <source>Use checked</source>
        <translation>ঋণ-ব্যবহার যাচাই</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="194"/>
        <source>Closes loan</source>
        <translation>ঋণ বন্ধ</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="196"/>
        <source>To close all her loans today: {amount}</source>
        <translation>আজ তাঁর সব ঋণ বন্ধ করতে: {amount}</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="203"/>
        <source>&amp;Cash counted</source>
        <translation>গোনা নগদ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="204"/>
        <source>Post (Ctrl+Enter)</source>
        <translation>পোস্ট করুন (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="205"/>
        <source>Save draft (Ctrl+S)</source>
        <translation>খসড়া সংরক্ষণ করুন (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="225"/>
        <source>Attendance of {member}: type P, A, S or L.</source>
        <translation>{member}-এর হাজিরা: P, A, S বা L লিখুন (অথবা উ, অ, প, ছ)।</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="274"/>
        <source>Received {r} · savings {d} · withdrawn {w} · cash to count {n}</source>
        <translation>আদায় {r} · সঞ্চয় {d} · উত্তোলন {w} · গুনতে হবে {n}</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="278"/>
        <source>red cells are not amounts</source>
        <translation>লাল ঘরগুলি টাকার পরিমাণ নয়</translation>
    </message>
    <message>
        <location filename="../ui/views/meeting_entry.py" line="300"/>
        <source>Meeting posted: {amount} collected.</source>
        <translation>সভা পোস্ট হয়েছে: আদায় {amount}।</translation>
    </message>
</context>
<context>
    <name>MemberPageDialog</name>
    <message>
        <location filename="../ui/views/members_view.py" line="163"/>
        <source>Close the selected savings account…</source>
        <translation>বেছে নেওয়া সঞ্চয় হিসাব বন্ধ করুন…</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="178"/>
        <source>Group {group} · village {village} · joined {joined}
Outstanding {outstanding} · arrears {arrears} · savings {savings}</source>
        <translation>দল {group} · গ্রাম {village} · যোগদান {joined}
ঋণ স্থিতি {outstanding} · বকেয়া {arrears} · সঞ্চয় {savings}</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="188"/>
        <source>Loan</source>
        <translation>ঋণ</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="188"/>
        <location filename="../ui/views/members_view.py" line="196"/>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="188"/>
        <location filename="../ui/views/members_view.py" line="203"/>
        <source>Amount</source>
        <translation>টাকার পরিমাণ</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="189"/>
        <source>Outstanding</source>
        <translation>ঋণ স্থিতি</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="189"/>
        <source>Arrears</source>
        <translation>বকেয়া</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="195"/>
        <source>Loans</source>
        <translation>ঋণ</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="196"/>
        <source>Account</source>
        <translation>হিসাব</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="196"/>
        <source>Kind</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="197"/>
        <source>Balance</source>
        <translation>স্থিতি</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="202"/>
        <source>Savings</source>
        <translation>সঞ্চয়</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="203"/>
        <location filename="../ui/views/members_view.py" line="208"/>
        <source>Date</source>
        <translation>তারিখ</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="203"/>
        <source>Entry</source>
        <translation>বিবরণ</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="207"/>
        <source>Passbook</source>
        <translation>পাসবই</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="208"/>
        <location filename="../ui/views/members_view.py" line="211"/>
        <source>Attendance</source>
        <translation>হাজিরা</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="220"/>
        <source>Choose the account on the Savings tab first.</source>
        <translation>আগে সঞ্চয় ট্যাবে হিসাবটি বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="225"/>
        <source>Close account {account} and pay out {amount} in cash?</source>
        <translation>হিসাব {account} বন্ধ করে নগদে {amount} দেবেন?</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <location filename="../ui/views/members_view.py" line="279"/>
        <source>Register (Ctrl+N)</source>
        <translation>সদস্য ভর্তি করুন (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="279"/>
        <source>Member page</source>
        <translation>সদস্যের পৃষ্ঠা দেখুন</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="280"/>
        <source>Print passbook…</source>
        <translation>পাসবই প্রিন্ট করুন…</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="281"/>
        <source>Transfer…</source>
        <translation>দল বদল করুন…</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="281"/>
        <source>Drop out…</source>
        <translation>দল ছাড়া নথিভুক্ত করুন…</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="282"/>
        <source>Record death…</source>
        <translation>মৃত্যু নথিভুক্ত করুন…</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="288"/>
        <source>Code</source>
        <translation>কোড</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="289"/>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="290"/>
        <source>Husband / guardian</source>
        <translation>স্বামী / অভিভাবক</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="291"/>
        <source>Group</source>
        <translation>দল</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="292"/>
        <source>Village</source>
        <translation>গ্রাম</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="293"/>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="297"/>
        <source>Members</source>
        <translation>সদস্য</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="320"/>
        <source>Reason</source>
        <translation>কারণ</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="329"/>
        <location filename="../ui/views/members_view.py" line="331"/>
        <source>Transfer</source>
        <translation>দল বদল</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="329"/>
        <source>To group</source>
        <translation>কোন দলে</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="341"/>
        <source>Drop out</source>
        <translation>দল ছেড়ে যাওয়া</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="354"/>
        <location filename="../ui/views/members_view.py" line="362"/>
        <source>Record death</source>
        <translation>মৃত্যু নথিভুক্ত করুন</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="355"/>
        <source>Date of death (day/month/year)</source>
        <translation>মৃত্যুর তারিখ (দিন/মাস/বছর)</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="363"/>
        <source>{count} open loan(s) now await death settlement.</source>
        <translation>{count}টি চলতি ঋণ এখন মৃত্যুজনিত নিষ্পত্তির অপেক্ষায়।</translation>
    </message>
</context>
<context>
    <name>RegisterMemberDialog</name>
    <message>
        <location filename="../ui/views/members_view.py" line="73"/>
        <source>Register a member</source>
        <translation>নতুন সদস্য ভর্তি</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="87"/>
        <source>day/month/year, like 31/01/1990</source>
        <translation>দিন/মাস/বছর, যেমন ৩১/০১/১৯৯০</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="88"/>
        <source>Choose photo…</source>
        <translation>ছবি বেছে নিন…</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="91"/>
        <source>Group</source>
        <translation>দল</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="92"/>
        <source>Name (English)</source>
        <translation>নাম (ইংরেজিতে)</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="93"/>
        <source>Name (Bengali)</source>
        <translation>নাম (বাংলায়)</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="94"/>
        <source>Husband / guardian (English)</source>
        <translation>স্বামী / অভিভাবক (ইংরেজিতে)</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="95"/>
        <source>Husband / guardian (Bengali)</source>
        <translation>স্বামী / অভিভাবক (বাংলায়)</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="96"/>
        <source>ID document</source>
        <translation>পরিচয়পত্র</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="97"/>
        <source>ID number</source>
        <translation>পরিচয়পত্রের নম্বর</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="98"/>
        <source>Date of birth</source>
        <translation>জন্ম তারিখ</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="99"/>
        <source>Phone</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="100"/>
        <source>Household income per year</source>
        <translation>বছরে পারিবারিক আয়</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="101"/>
        <location filename="../ui/views/members_view.py" line="109"/>
        <source>Photo</source>
        <translation>ছবি</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="110"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>ছবি (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="139"/>
        <source>same ID document</source>
        <translation>একই পরিচয়পত্র</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="140"/>
        <source>same name, guardian and village</source>
        <translation>একই নাম, অভিভাবক ও গ্রাম</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="143"/>
        <source>Possible duplicate</source>
        <translation>একই সদস্য দু’বার হতে পারে</translation>
    </message>
    <message>
        <location filename="../ui/views/members_view.py" line="144"/>
        <source>These members look like the same person:
{names}

Register anyway?</source>
        <translation>এই সদস্যরা একই মানুষ বলে মনে হচ্ছে:
{names}

তবুও ভর্তি করবেন?</translation>
    </message>
</context>
<context>
    <name>ReverseTransferDialog</name>
    <message>
        <location filename="../ui/views/cash_transfer_dialog.py" line="75"/>
        <source>Reverse a cash transfer</source>
        <translation>নগদ স্থানান্তরের সংশোধনী এন্ট্রি দিন</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_transfer_dialog.py" line="81"/>
        <source>in</source>
        <translation>আগত</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_transfer_dialog.py" line="81"/>
        <source>out</source>
        <translation>প্রেরিত</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_transfer_dialog.py" line="82"/>
        <source>expense</source>
        <translation>খরচ</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_transfer_dialog.py" line="88"/>
        <source>Transfer</source>
        <translation>স্থানান্তর</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_transfer_dialog.py" line="89"/>
        <source>Reason</source>
        <translation>কারণ</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../ui/views/cash_transfer_dialog.py" line="41"/>
        <source>Fund received from head office or the bank</source>
        <translation>প্রধান কার্যালয় বা ব্যাংক থেকে তহবিল এসেছে</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_transfer_dialog.py" line="42"/>
        <source>Cash sent to the bank or head office</source>
        <translation>ব্যাংক বা প্রধান কার্যালয়ে নগদ পাঠানো</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_transfer_dialog.py" line="43"/>
        <source>Branch expense paid from the safe</source>
        <translation>শাখার খরচ (নগদ থেকে)</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_transfer_dialog.py" line="49"/>
        <source>What for, and the voucher number</source>
        <translation>কী বাবদ, এবং ভাউচার নম্বর</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_transfer_dialog.py" line="50"/>
        <source>Cheque, deposit slip or head office&apos;s advice</source>
        <translation>চেক, জমা স্লিপ বা প্রধান কার্যালয়ের নির্দেশপত্র</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_transfer_dialog.py" line="52"/>
        <source>Amount</source>
        <translation>টাকার পরিমাণ</translation>
    </message>
    <message>
        <location filename="../ui/views/cash_transfer_dialog.py" line="53"/>
        <source>Reference</source>
        <translation>সূত্র</translation>
    </message>
</context>
</TS>

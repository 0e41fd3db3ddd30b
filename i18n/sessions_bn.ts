<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_IN">
    <context>
        <name />
        <message>
            <source>Register or readmit a member</source>
            <translation>সদস্য ভর্তি বা আবার ভর্তি</translation>
        </message>
        <message>
            <source>Transfer a member</source>
            <translation>সদস্যের দল বদল</translation>
        </message>
        <message>
            <source>Record a drop-out or a death</source>
            <translation>দল ছেড়ে যাওয়া বা মৃত্যু নথিভুক্ত করা</translation>
        </message>
        <message>
            <source>Form a group</source>
            <translation>নতুন দল গঠন</translation>
        </message>
        <message>
            <source>Enter and post a meeting</source>
            <translation>সভার হিসাব লেখা ও পোস্ট করা</translation>
        </message>
        <message>
            <source>Reverse a posted meeting</source>
            <translation>পোস্ট করা সভার সংশোধনী এন্ট্রি দেওয়া</translation>
        </message>
        <message>
            <source>Take a loan application</source>
            <translation>ঋণের আবেদন নেওয়া</translation>
        </message>
        <message>
            <source>Recommend a loan</source>
            <translation>ঋণের সুপারিশ করা</translation>
        </message>
        <message>
            <source>Sanction, forward or reject a loan</source>
            <translation>ঋণ মঞ্জুর, প্রধান কার্যালয়ে পাঠানো বা নামঞ্জুর করা</translation>
        </message>
        <message>
            <source>Set sanction powers</source>
            <translation>মঞ্জুরির ক্ষমতা ঠিক করা</translation>
        </message>
        <message>
            <source>Record the member's acceptance of the KFS</source>
            <translation>মূল তথ্য বিবরণীতে (KFS) সদস্যের সম্মতি নথিভুক্ত করা</translation>
        </message>
        <message>
            <source>Disburse a loan</source>
            <translation>ঋণ বিতরণ</translation>
        </message>
        <message>
            <source>Take a repayment at the counter</source>
            <translation>কাউন্টারে পরিশোধ নেওয়া</translation>
        </message>
        <message>
            <source>Ask for a reschedule</source>
            <translation>কিস্তি পুনর্নির্ধারণ চাওয়া</translation>
        </message>
        <message>
            <source>Approve, reject or reverse a reschedule</source>
            <translation>কিস্তি পুনর্নির্ধারণ অনুমোদন, নামঞ্জুর বা তার সংশোধনী এন্ট্রি</translation>
        </message>
        <message>
            <source>Write off a loan or settle a death case</source>
            <translation>ঋণ রাইট-অফ বা মৃত্যুর ক্ষেত্রে ঋণের নিষ্পত্তি</translation>
        </message>
        <message>
            <source>Reverse a loan entry</source>
            <translation>ঋণের এন্ট্রির সংশোধনী এন্ট্রি দেওয়া</translation>
        </message>
        <message>
            <source>Savings at the counter</source>
            <translation>কাউন্টারে সঞ্চয়</translation>
        </message>
        <message>
            <source>Post savings interest</source>
            <translation>সঞ্চয়ের সুদ পোস্ট করা</translation>
        </message>
        <message>
            <source>Record a cash transfer</source>
            <translation>নগদ স্থানান্তর নথিভুক্ত করা</translation>
        </message>
        <message>
            <source>Reverse a cash transfer</source>
            <translation>নগদ স্থানান্তরের সংশোধনী এন্ট্রি দিন</translation>
        </message>
        <message>
            <source>Settle a cash difference</source>
            <translation>নগদ পার্থক্যের নিষ্পত্তি</translation>
        </message>
        <message>
            <source>Close the day</source>
            <translation>দিনের হিসাব সমাপ্তি</translation>
        </message>
        <message>
            <source>Print passbooks</source>
            <translation>পাসবই প্রিন্ট করা</translation>
        </message>
        <message>
            <source>Set up the printer and passbook layout</source>
            <translation>প্রিন্টার ও পাসবইয়ের বিন্যাস ঠিক করা</translation>
        </message>
        <message>
            <source>Ask for a credit bureau check</source>
            <translation>ক্রেডিট ব্যুরো চেক চাওয়া</translation>
        </message>
        <message>
            <source>Import the opening book</source>
            <translation>শাখার পুরোনো হিসাব আনা</translation>
        </message>
        <message>
            <source>Answer head office's requests</source>
            <translation>প্রধান কার্যালয়ের অনুরোধের উত্তর দেওয়া</translation>
        </message>
        <message>
            <source>Add, remove or unlock staff</source>
            <translation>কর্মী যোগ, বাদ বা আনলক করা</translation>
        </message>
        <message>
            <source>Change sync settings</source>
            <translation>সিঙ্কের সেটিংস বদলানো</translation>
        </message>
        <message>
            <source>See the audit trail</source>
            <translation>নিরীক্ষা তালিকা দেখা</translation>
        </message>
        <message>
            <source>Your role ({role}) may not do this: {action}.</source>
            <translation>আপনার পদে ({role}) এই কাজের অনুমতি নেই: {action}।</translation>
        </message>
        <message>
            <source>{action}: the branch manager must countersign (her user name and password).</source>
            <translation>{action}: শাখা ব্যবস্থাপকের প্রতিস্বাক্ষর লাগবে (তাঁর ব্যবহারকারীর নাম ও পাসওয়ার্ড)।</translation>
        </message>
        <message>
            <source>{action}: the countersignature must be another person's, one who may do this alone.</source>
            <translation>{action}: প্রতিস্বাক্ষর অন্য একজনের হতে হবে, যিনি নিজেই এই কাজ করতে পারেন।</translation>
        </message>
        <message>
            <source>The idle lock is between {low} and {high} minutes.</source>
            <translation>কাজ না থাকলে লক হওয়ার সময় {low} থেকে {high} মিনিটের মধ্যে হতে হবে।</translation>
        </message>
        <message>
            <source>{user} is locked after {n} wrong passwords: try again in {minutes} minutes, or the branch manager unlocks it now.</source>
            <translation>{n} বার ভুল পাসওয়ার্ডের পর {user} লক হয়ে আছে: {minutes} মিনিট পরে আবার চেষ্টা করুন, অথবা শাখা ব্যবস্থাপক এখনই আনলক করতে পারেন।</translation>
        </message>
        <message>
            <source>Member code</source>
            <translation>সদস্য কোড</translation>
        </message>
        <message>
            <source>Loan number</source>
            <translation>ঋণ নম্বর</translation>
        </message>
        <message>
            <source>No member has the code {code}.</source>
            <translation>{code} কোডের কোনো সদস্য নেই।</translation>
        </message>
        <message>
            <source>No loan has the number {number}.</source>
            <translation>{number} নম্বরের কোনো ঋণ নেই।</translation>
        </message>
    </context>
    <context>
        <name>AuditViewer</name>
        <message>
            <source>Audit trail</source>
            <translation>নিরীক্ষা তালিকা</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>সবাই</translation>
        </message>
        <message>
            <source>&amp;User</source>
            <translation>ব্যবহারকারী (&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Member code</source>
            <translation>সদস্য কোড (&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Loan number</source>
            <translation>ঋণ নম্বর (&amp;L)</translation>
        </message>
        <message>
            <source>to</source>
            <translation>শেষ</translation>
        </message>
        <message>
            <source>&amp;Business dates from</source>
            <translation>কাজের তারিখ, শুরু (&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>দেখুন (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>ফাইলে রাখুন… (&amp;E)</translation>
        </message>
        <message>
            <source>Business date</source>
            <translation>কাজের তারিখ</translation>
        </message>
        <message>
            <source>Time (UTC)</source>
            <translation>সময় (UTC)</translation>
        </message>
        <message>
            <source>User</source>
            <translation>ব্যবহারকারী</translation>
        </message>
        <message>
            <source>What</source>
            <translation>কী করা হয়েছে</translation>
        </message>
        <message>
            <source>About</source>
            <translation>বিষয়</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>বিস্তারিত</translation>
        </message>
        <message>
            <source>{n} rows</source>
            <translation>{n}টি সারি</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>রাখা হয়েছে: {path}</translation>
        </message>
        <message>
            <source>Export the audit trail</source>
            <translation>নিরীক্ষা তালিকা ফাইলে রাখুন</translation>
        </message>
        <message>
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation>এক্সেল (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>staff member</source>
            <translation>কর্মী</translation>
        </message>
        <message>
            <source>member</source>
            <translation>সদস্য</translation>
        </message>
        <message>
            <source>group</source>
            <translation>দল</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>সভা</translation>
        </message>
        <message>
            <source>loan</source>
            <translation>ঋণ</translation>
        </message>
        <message>
            <source>savings account</source>
            <translation>সঞ্চয় হিসাব</translation>
        </message>
        <message>
            <source>cash</source>
            <translation>ক্যাশ</translation>
        </message>
        <message>
            <source>day</source>
            <translation>দিন</translation>
        </message>
        <message>
            <source>credit bureau</source>
            <translation>ক্রেডিট ব্যুরো</translation>
        </message>
        <message>
            <source>head office's request</source>
            <translation>প্রধান কার্যালয়ের অনুরোধ</translation>
        </message>
        <message>
            <source>opening books</source>
            <translation>পুরোনো হিসাব</translation>
        </message>
        <message>
            <source>passbook</source>
            <translation>পাসবই</translation>
        </message>
        <message>
            <source>sanction power</source>
            <translation>মঞ্জুরির ক্ষমতা</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>সেটিংস</translation>
        </message>
        <message>
            <source>records</source>
            <translation>তথ্য</translation>
        </message>
        <message>
            <source>Logged in</source>
            <translation>লগ-ইন করেছেন</translation>
        </message>
        <message>
            <source>Logged out</source>
            <translation>লগ-আউট করেছেন</translation>
        </message>
        <message>
            <source>Login failed</source>
            <translation>লগ-ইন ব্যর্থ</translation>
        </message>
        <message>
            <source>First login</source>
            <translation>প্রথম লগ-ইন</translation>
        </message>
        <message>
            <source>Locked out after failed logins</source>
            <translation>বারবার ভুল লগ-ইনে লক হয়েছেন</translation>
        </message>
        <message>
            <source>Unlocked</source>
            <translation>আনলক করা হয়েছে</translation>
        </message>
        <message>
            <source>Staff member added</source>
            <translation>কর্মী যোগ করা হয়েছে</translation>
        </message>
        <message>
            <source>Staff member deactivated</source>
            <translation>কর্মী নিষ্ক্রিয় করা হয়েছে</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>পাসওয়ার্ড বদলানো হয়েছে</translation>
        </message>
        <message>
            <source>Idle lock time set</source>
            <translation>কাজ না হলে লকের সময় ঠিক করা হয়েছে</translation>
        </message>
        <message>
            <source>Sanction power set</source>
            <translation>মঞ্জুরির ক্ষমতা ঠিক করা হয়েছে</translation>
        </message>
        <message>
            <source>Member registered</source>
            <translation>সদস্য ভর্তি হয়েছেন</translation>
        </message>
        <message>
            <source>Member moved to another group</source>
            <translation>সদস্যের দল বদল হয়েছে</translation>
        </message>
        <message>
            <source>Member left</source>
            <translation>সদস্যের দল ছেড়ে যাওয়া নথিভুক্ত</translation>
        </message>
        <message>
            <source>Member's death recorded</source>
            <translation>সদস্যের মৃত্যু নথিভুক্ত</translation>
        </message>
        <message>
            <source>Member readmitted</source>
            <translation>সদস্য আবার ভর্তি হয়েছেন</translation>
        </message>
        <message>
            <source>Group formed</source>
            <translation>নতুন দল গঠন হয়েছে</translation>
        </message>
        <message>
            <source>Meeting days scheduled</source>
            <translation>সভার দিন নির্ধারণ হয়েছে</translation>
        </message>
        <message>
            <source>Meeting draft saved</source>
            <translation>সভার খসড়া সংরক্ষণ হয়েছে</translation>
        </message>
        <message>
            <source>Meeting posted</source>
            <translation>সভা পোস্ট হয়েছে</translation>
        </message>
        <message>
            <source>Meeting marked not held</source>
            <translation>‘সভা হয়নি’ চিহ্নিত হয়েছে</translation>
        </message>
        <message>
            <source>Meeting moved to another day</source>
            <translation>সভার দিন বদলানো হয়েছে</translation>
        </message>
        <message>
            <source>Posted meeting reversed</source>
            <translation>পোস্ট করা সভার সংশোধনী এন্ট্রি</translation>
        </message>
        <message>
            <source>Loan application taken</source>
            <translation>ঋণের আবেদন নেওয়া হয়েছে</translation>
        </message>
        <message>
            <source>Loan recommended</source>
            <translation>ঋণের সুপারিশ হয়েছে</translation>
        </message>
        <message>
            <source>Loan sent to head office</source>
            <translation>ঋণ প্রধান কার্যালয়ে পাঠানো হয়েছে</translation>
        </message>
        <message>
            <source>Loan sanctioned</source>
            <translation>ঋণ মঞ্জুর হয়েছে</translation>
        </message>
        <message>
            <source>Loan rejected</source>
            <translation>ঋণ নামঞ্জুর হয়েছে</translation>
        </message>
        <message>
            <source>Borrower's agreement to the KFS recorded</source>
            <translation>মূল তথ্য বিবরণীতে (KFS) সদস্যের সম্মতি নথিভুক্ত</translation>
        </message>
        <message>
            <source>Loan disbursed</source>
            <translation>ঋণ বিতরণ হয়েছে</translation>
        </message>
        <message>
            <source>Tranche paid out</source>
            <translation>একটি দফা বিতরণ হয়েছে</translation>
        </message>
        <message>
            <source>Tranches closed</source>
            <translation>দফা বন্ধ</translation>
        </message>
        <message>
            <source>Repayment at the counter</source>
            <translation>কাউন্টারে পরিশোধ</translation>
        </message>
        <message>
            <source>Loan closed early (prepayment)</source>
            <translation>অগ্রিম পরিশোধে ঋণ বন্ধ</translation>
        </message>
        <message>
            <source>Loan closed</source>
            <translation>ঋণ বন্ধ হয়েছে</translation>
        </message>
        <message>
            <source>Loan term extended</source>
            <translation>ঋণের মেয়াদ বাড়ানো হয়েছে</translation>
        </message>
        <message>
            <source>Reschedule requested</source>
            <translation>কিস্তি পুনর্নির্ধারণের অনুরোধ</translation>
        </message>
        <message>
            <source>Loan rescheduled</source>
            <translation>কিস্তি পুনর্নির্ধারণ হয়েছে</translation>
        </message>
        <message>
            <source>Reschedule rejected</source>
            <translation>কিস্তি পুনর্নির্ধারণ নামঞ্জুর</translation>
        </message>
        <message>
            <source>Reschedule reversed</source>
            <translation>কিস্তি পুনর্নির্ধারণের সংশোধনী এন্ট্রি</translation>
        </message>
        <message>
            <source>Loan written off</source>
            <translation>ঋণ রাইট-অফ হয়েছে</translation>
        </message>
        <message>
            <source>Recovery after write-off</source>
            <translation>রাইট-অফ করা ঋণ আদায়</translation>
        </message>
        <message>
            <source>Loan entry reversed</source>
            <translation>ঋণের এন্ট্রির সংশোধনী এন্ট্রি</translation>
        </message>
        <message>
            <source>Savings account opened</source>
            <translation>সঞ্চয় হিসাব খোলা হয়েছে</translation>
        </message>
        <message>
            <source>Savings account closed</source>
            <translation>সঞ্চয় হিসাব বন্ধ হয়েছে</translation>
        </message>
        <message>
            <source>Savings deposit at the counter</source>
            <translation>কাউন্টারে সঞ্চয় জমা</translation>
        </message>
        <message>
            <source>Savings withdrawal</source>
            <translation>সঞ্চয় উত্তোলন</translation>
        </message>
        <message>
            <source>Savings interest posted</source>
            <translation>সঞ্চয়ের সুদ জমা হয়েছে</translation>
        </message>
        <message>
            <source>Fund received</source>
            <translation>পাওয়া তহবিল নথিভুক্ত</translation>
        </message>
        <message>
            <source>Cash sent to the bank</source>
            <translation>ব্যাংকে পাঠানো নথিভুক্ত</translation>
        </message>
        <message>
            <source>Expense recorded</source>
            <translation>খরচ নথিভুক্ত</translation>
        </message>
        <message>
            <source>Fund movement reversed</source>
            <translation>তহবিল লেনদেনের সংশোধনী এন্ট্রি</translation>
        </message>
        <message>
            <source>Cash difference recorded</source>
            <translation>নগদ পার্থক্য নথিভুক্ত</translation>
        </message>
        <message>
            <source>Cash difference settled</source>
            <translation>নগদ পার্থক্যের নিষ্পত্তি</translation>
        </message>
        <message>
            <source>Cash difference reversed</source>
            <translation>নগদ পার্থক্যের সংশোধনী এন্ট্রি</translation>
        </message>
        <message>
            <source>Day closed</source>
            <translation>দিনের হিসাব সমাপ্ত</translation>
        </message>
        <message>
            <source>Details for the credit bureau saved</source>
            <translation>ক্রেডিট ব্যুরোর জন্য তথ্য সংরক্ষণ হয়েছে</translation>
        </message>
        <message>
            <source>Credit bureau check requested</source>
            <translation>ক্রেডিট ব্যুরো যাচাইয়ের অনুরোধ</translation>
        </message>
        <message>
            <source>Head office's request answered</source>
            <translation>প্রধান কার্যালয়ের অনুরোধের উত্তর দেওয়া হয়েছে</translation>
        </message>
        <message>
            <source>Opening books imported</source>
            <translation>পুরোনো হিসাব আনা হয়েছে</translation>
        </message>
        <message>
            <source>A group's opening books imported</source>
            <translation>একটি দলের পুরোনো হিসাব আনা হয়েছে</translation>
        </message>
        <message>
            <source>Passbook printed</source>
            <translation>পাসবই প্রিন্ট হয়েছে</translation>
        </message>
        <message>
            <source>Records changed</source>
            <translation>তথ্য বদলানো হয়েছে</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>Shakha is locked</source>
            <translation>‘শাখা’ সফটওয়্যার লক করা আছে</translation>
        </message>
        <message>
            <source>Nobody is logged in. Log in to work.</source>
            <translation>কেউ লগ-ইন করা নেই। কাজ করতে লগ-ইন করুন।</translation>
        </message>
        <message>
            <source>{user}'s work is kept as it was. Her password opens it again; another user's password starts that user's own session.</source>
            <translation>{user}-এর কাজ যেমন ছিল তেমনই রাখা আছে। তাঁর পাসওয়ার্ডে তা আবার খুলবে; অন্য ব্যবহারকারীর পাসওয়ার্ডে সেই ব্যবহারকারীর নিজের কাজ শুরু হবে।</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>ব্যবহারকারীর নাম (&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>পাসওয়ার্ড (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>আনলক করুন (&amp;U)</translation>
        </message>
    </context>
    <context>
        <name>RolesDialog</name>
        <message>
            <source>Who may do what</source>
            <translation>কে কী করতে পারেন</translation>
        </message>
        <message>
            <source>✓ countersigned</source>
            <translation>✓ প্রতিস্বাক্ষরসহ</translation>
        </message>
        <message>
            <source>✓ countersigned: with the branch manager's user name and password as well. The administrator is head office's staff, or the software acting for head office.</source>
            <translation>✓ প্রতিস্বাক্ষরসহ: শাখা ব্যবস্থাপকের ব্যবহারকারীর নাম ও পাসওয়ার্ডও লাগবে। প্রশাসক হলেন প্রধান কার্যালয়ের কর্মী, অথবা প্রধান কার্যালয়ের হয়ে কাজ করা সফটওয়্যার।</translation>
        </message>
    </context>
    <context>
        <name>SessionsBox</name>
        <message>
            <source>Staff and sessions</source>
            <translation>কর্মী ও লগ-ইন</translation>
        </message>
        <message>
            <source>&amp;Who may do what…</source>
            <translation>কে কী করতে পারেন দেখুন… (&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Audit trail…</source>
            <translation>নিরীক্ষা তালিকা দেখুন… (&amp;A)</translation>
        </message>
        <message>
            <source>Lock / sw&amp;itch user (Ctrl+Shift+U)</source>
            <translation>লক করুন / ব্যবহারকারী বদলান (&amp;I) (Ctrl+Shift+U)</translation>
        </message>
        <message>
            <source>Log &amp;out (Ctrl+Shift+Q)</source>
            <translation>লগ-আউট করুন (&amp;O) (Ctrl+Shift+Q)</translation>
        </message>
        <message>
            <source>Lock after &amp;minutes idle</source>
            <translation>কত মিনিট কাজ না হলে লক (&amp;M)</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>সংরক্ষণ করুন (&amp;V)</translation>
        </message>
        <message>
            <source>Locked out</source>
            <translation>লক হয়ে আছেন</translation>
        </message>
        <message>
            <source>Unloc&amp;k</source>
            <translation>আনলক করুন (&amp;K)</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>কেউ নেই</translation>
        </message>
    </context>
  <context>
    <name>CountersignDialog</name>
    <message>
      <source>Countersignature</source>
      <translation>প্রতিস্বাক্ষর</translation>
    </message>
    <message>
      <source>{action}: the branch manager countersigns with her user name and password.</source>
      <translation>{action}: শাখা ব্যবস্থাপক তাঁর ব্যবহারকারীর নাম ও পাসওয়ার্ড দিয়ে প্রতিস্বাক্ষর করেন।</translation>
    </message>
    <message>
      <source>&amp;User name</source>
      <translation>ব্যবহারকারীর নাম (&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Password</source>
      <translation>পাসওয়ার্ড (&amp;P)</translation>
    </message>
  </context>
</TS>

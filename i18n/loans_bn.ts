<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_IN">
<context>
    <name></name>
    <message>
        <location filename="../app/services/loans.py" line="36"/>
        <source>No such loan.</source>
        <translation>এমন কোনো ঋণ নেই।</translation>
    </message>
    <message>
        <location filename="../app/services/loans.py" line="48"/>
        <source>No such loan product.</source>
        <translation>এমন কোনো ঋণ প্রকল্প নেই।</translation>
    </message>
    <message>
        <location filename="../app/services/loans.py" line="64"/>
        <source>No active loan product {code}.</source>
        <translation>{code} নামে চালু কোনো ঋণ প্রকল্প নেই।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_application.py" line="178"/>
        <source>Enter the loan amount.</source>
        <translation>ঋণের পরিমাণ লিখুন।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_application.py" line="180"/>
        <source>This product allows {low} to {high} installments.</source>
        <translation>এই প্রকল্পে {low} থেকে {high}টি কিস্তি হতে পারে।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_application.py" line="183"/>
        <location filename="../app/services/loan_disbursement.py" line="137"/>
        <source>The KFS language must be Bengali or English.</source>
        <translation>মূল তথ্য বিবরণীর (KFS) ভাষা বাংলা বা ইংরেজি হতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_application.py" line="185"/>
        <source>Amounts cannot be negative.</source>
        <translation>টাকার পরিমাণ ঋণাত্মক হতে পারে না।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_application.py" line="191"/>
        <source>No such member.</source>
        <translation>এমন কোনো সদস্য নেই।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_application.py" line="230"/>
        <source>Write the purpose of the loan (the income-generating activity).</source>
        <translation>ঋণের উদ্দেশ্য (আয়বর্ধক কাজ) লিখুন।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_application.py" line="239"/>
        <source>The application does not meet these rules: {rules}</source>
        <translation>আবেদনটি এই নিয়মগুলি পূরণ করে না: {rules}</translation>
    </message>
    <message>
        <location filename="../app/services/loan_application.py" line="172"/>
        <source>The member is no longer active.</source>
        <translation>সদস্য আর সক্রিয় নেই।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_sanction.py" line="60"/>
        <source>A sanction power needs a grade and an amount.</source>
        <translation>মঞ্জুরি ক্ষমতার জন্য গ্রেড ও টাকার পরিমাণ লাগবে।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_sanction.py" line="106"/>
        <location filename="../app/services/loan_sanction.py" line="175"/>
        <source>Write the recommendation.</source>
        <translation>সুপারিশ লিখুন।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_sanction.py" line="121"/>
        <source>You entered this application, so you cannot decide on it; another authorised officer must.</source>
        <translation>এই আবেদন আপনি লিখেছেন, তাই এর সিদ্ধান্ত আপনি নিতে পারবেন না; অন্য একজন ক্ষমতাপ্রাপ্ত কর্মকর্তাকে নিতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_sanction.py" line="138"/>
        <source>{product} is sanctioned only on a recommendation: record the recommendation first.</source>
        <translation>{product} শুধু সুপারিশের ভিত্তিতে মঞ্জুর হয়: আগে সুপারিশ নথিভুক্ত করুন।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_sanction.py" line="130"/>
        <source>The application no longer meets these rules: {rules}. Reject it, or sanction it when they are met.</source>
        <translation>আবেদনটি এখন আর এই নিয়মগুলো পূরণ করে না: {rules}। আবেদনটি নামঞ্জুর করুন, অথবা নিয়মগুলো পূরণ হলে মঞ্জুর করুন।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_sanction.py" line="158"/>
        <source>{amount} is above your sanction power ({limit}); forward it with your recommendation to {authority}.</source>
        <translation>{amount} আপনার মঞ্জুরি ক্ষমতার ({limit}) বেশি; আপনার সুপারিশসহ {authority}-এর কাছে পাঠান।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_sanction.py" line="184"/>
        <source>This amount is within your sanction power; sanction or reject it here.</source>
        <translation>এই পরিমাণ আপনার মঞ্জুরি ক্ষমতার মধ্যে; এখানেই মঞ্জুর বা নামঞ্জুর করুন।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_sanction.py" line="206"/>
        <source>Give a reason for the rejection.</source>
        <translation>নামঞ্জুরের কারণ লিখুন।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_rules.py" line="114"/>
        <source>The group&apos;s guarantee (resolution) or a guarantor is needed.</source>
        <translation>দলীয় গ্যারান্টি (দলের সিদ্ধান্তপত্র) বা একজন জামিনদার লাগবে।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_rules.py" line="118"/>
        <source>Her own contribution must be at least {percent} % of the whole cost (loan and her share): {needed}.</source>
        <translation>তাঁর নিজের অংশ মোট খরচের (ঋণ ও তাঁর অংশ মিলিয়ে) অন্তত {percent} % হতে হবে: {needed}।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_disbursement.py" line="169"/>
        <source>Pay out in cash or by transfer.</source>
        <translation>নগদে দিন, অথবা ব্যাংক হিসাবে জমা দিন।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_disbursement.py" line="179"/>
        <source>{member} is no longer an active member; the loan cannot be paid out. Reject it.</source>
        <translation>{member} আর সক্রিয় সদস্য নন; ঋণটি বিতরণ করা যাবে না। আবেদনটি নামঞ্জুর করুন।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_disbursement.py" line="183"/>
        <source>The borrower has not accepted the Key Fact Statement (KFS); it must be accepted before disbursement.</source>
        <translation>ঋণগ্রহীতা এখনও মূল তথ্য বিবরণীতে (KFS) সম্মতি দেননি; ঋণ বিতরণের আগে তাঁর সম্মতি লাগবে।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_disbursement.py" line="190"/>
        <source>The loan&apos;s figures changed since the borrower accepted the KFS (date or terms); give her the new KFS and record her acceptance again.</source>
        <translation>ঋণগ্রহীতা মূল তথ্য বিবরণীতে (KFS) সম্মতি দেওয়ার পর ঋণের হিসাব বদলেছে (তারিখ বা শর্ত); তাঁকে নতুন KFS দিন এবং আবার তাঁর সম্মতি নথিভুক্ত করুন।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_reschedule.py" line="108"/>
        <source>Repayments made since then paid {amount} more than the earlier schedule charges, so it cannot be put back; reverse those repayments first.</source>
        <translation>এর পরে যে পরিশোধ হয়েছে তাতে আগের কিস্তির তালিকার চেয়ে {amount} বেশি দেওয়া হয়েছে, তাই আগের তালিকা ফিরিয়ে আনা যাবে না; আগে ওই পরিশোধগুলোর সংশোধনী এন্ট্রি দিন।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_closure.py" line="46"/>
        <location filename="../app/services/loan_reschedule.py" line="177"/>
        <location filename="../app/services/loan_reschedule.py" line="266"/>
        <location filename="../app/services/loan_reschedule.py" line="284"/>
        <source>Give a reason.</source>
        <translation>কারণ লিখুন।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_closure.py" line="69"/>
        <location filename="../app/services/loan_closure.py" line="243"/>
        <source>The amount must be more than zero.</source>
        <translation>পরিমাণ শূন্যের বেশি হতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_closure.py" line="182"/>
        <source>Closing this loan today needs exactly {amount}.</source>
        <translation>আজ এই ঋণ বন্ধ করতে ঠিক {amount} লাগবে।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_closure.py" line="235"/>
        <source>This loan has no write-off.</source>
        <translation>এই ঋণ রাইট-অফ করা হয়নি।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_closure.py" line="252"/>
        <source>Only {left} is left to recover on this loan.</source>
        <translation>এই ঋণে আর মাত্র {left} আদায় বাকি।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_closure.py" line="276"/>
        <source>{member}&apos;s death is not recorded; record it on her member page first.</source>
        <translation>{member}-এর মৃত্যু নথিভুক্ত হয়নি; আগে তাঁর সদস্য পৃষ্ঠায় তা নথিভুক্ত করুন।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_reversal.py" line="48"/>
        <source>No such loan transaction to reverse.</source>
        <translation>সংশোধনী এন্ট্রি দেওয়ার মতো এমন কোনো ঋণ-লেনদেন নেই।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_reversal.py" line="50"/>
        <source>This repayment was posted with a meeting; reverse the meeting instead.</source>
        <translation>এই পরিশোধ সভার সঙ্গে পোস্ট হয়েছিল; এর বদলে সভাটির সংশোধনী এন্ট্রি দিন।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_reversal.py" line="53"/>
        <source>This transaction is already reversed.</source>
        <translation>এই লেনদেনের সংশোধনী এন্ট্রি আগেই দেওয়া হয়েছে।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_reschedule.py" line="122"/>
        <source>The schedule this prepayment closed is not on record; it cannot be reversed here.</source>
        <translation>এই অগ্রিম পরিশোধে যে কিস্তির তালিকা বন্ধ হয়েছিল তা নথিতে নেই; এখানে এর সংশোধনী এন্ট্রি দেওয়া যাবে না।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_reversal.py" line="77"/>
        <source>Reverse the recoveries on this loan first.</source>
        <translation>আগে এই ঋণের আদায়গুলোর সংশোধনী এন্ট্রি দিন।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_reversal.py" line="86"/>
        <source>Repayments were made on this loan; a disbursement can only be reversed before any repayment.</source>
        <translation>এই ঋণে পরিশোধ হয়েছে; ঋণ বিতরণের সংশোধনী এন্ট্রি শুধু কোনো পরিশোধের আগেই দেওয়া যায়।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_reschedule.py" line="150"/>
        <source>No such reschedule request.</source>
        <translation>কিস্তি পুনর্নির্ধারণের এমন কোনো অনুরোধ নেই।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_reschedule.py" line="152"/>
        <source>This reschedule request is already decided.</source>
        <translation>কিস্তি পুনর্নির্ধারণের এই অনুরোধের সিদ্ধান্ত আগেই হয়ে গেছে।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_reschedule.py" line="179"/>
        <source>The number of installments must be 1 to 1000.</source>
        <translation>কিস্তির সংখ্যা ১ থেকে ১০০০ হতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_reschedule.py" line="186"/>
        <source>A reschedule of this loan is already waiting for approval.</source>
        <translation>এই ঋণের কিস্তি পুনর্নির্ধারণ ইতিমধ্যে অনুমোদনের অপেক্ষায় আছে।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_reschedule.py" line="191"/>
        <location filename="../app/services/loan_reschedule.py" line="232"/>
        <source>No principal is left to reschedule.</source>
        <translation>কিস্তি পুনর্নির্ধারণ করার মতো কোনো আসল বাকি নেই।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_reschedule.py" line="166"/>
        <source>{count} installments are too many for the {principal} left: some would be of nothing. Choose fewer.</source>
        <translation>বাকি {principal}-এর জন্য {count}টি কিস্তি বেশি: কিছু কিস্তি শূন্য হবে। কম কিস্তি বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_reschedule.py" line="222"/>
        <source>You asked for this reschedule, so you cannot approve it; another manager must.</source>
        <translation>এই কিস্তি পুনর্নির্ধারণ আপনিই চেয়েছেন, তাই আপনি অনুমোদন করতে পারবেন না; অন্য একজন ব্যবস্থাপককে করতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/services/loan_reschedule.py" line="294"/>
        <source>This loan has no reschedule to reverse.</source>
        <translation>এই ঋণের সংশোধনী এন্ট্রি দেওয়ার মতো কোনো কিস্তি পুনর্নির্ধারণ নেই।</translation>
    </message>
    <message>
        <location filename="../app/domain/eligibility.py" line="103"/>
        <source>The interest comes to {rate} % a year on the declining balance, above the {cap} % cap; choose fewer installments or a lower rate.</source>
        <translation>সুদ ক্রমহ্রাসমান স্থিতিতে বছরে {rate} % হয়, যা {cap} % সীমার বেশি; কম কিস্তি বা কম সুদের হার বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../app/domain/eligibility.py" line="108"/>
        <source>Age {age} is outside this product&apos;s range of {min_age} to {max_age} years.</source>
        <translation>বয়স {age} বছর, এই ঋণ প্রকল্পের {min_age} থেকে {max_age} বছরের সীমার বাইরে।</translation>
    </message>
    <message>
        <location filename="../app/domain/eligibility.py" line="112"/>
        <source>The amount {amount} is outside this product&apos;s range of {low} to {high}.</source>
        <translation>পরিমাণ {amount}, এই ঋণ প্রকল্পের {low} থেকে {high} সীমার বাইরে।</translation>
    </message>
    <message>
        <location filename="../app/domain/eligibility.py" line="118"/>
        <source>Loans above {limit} need collateral; the amount is {amount}.</source>
        <translation>{limit}-এর বেশি ঋণে জামানত লাগবে; পরিমাণ {amount}।</translation>
    </message>
    <message>
        <location filename="../app/domain/eligibility.py" line="123"/>
        <source>Above {limit} the collateral must be worth {times} times the loan ({needed}); it is valued at {value}.</source>
        <translation>{limit}-এর বেশি ঋণে জামানতের মূল্য ঋণের {times} গুণ ({needed}) হতে হবে; এর মূল্য ধরা হয়েছে {value}।</translation>
    </message>
    <message>
        <location filename="../app/domain/eligibility.py" line="131"/>
        <source>Annual household income {income} is above the ceiling of {ceiling}.</source>
        <translation>বার্ষিক পারিবারিক আয় {income}, সীমা {ceiling}-এর বেশি।</translation>
    </message>
    <message>
        <location filename="../app/domain/eligibility.py" line="136"/>
        <source>An existing loan is overdue; it must be repaid first.</source>
        <translation>একটি চলতি ঋণের কিস্তি বকেয়া আছে; আগে বকেয়া পরিশোধ করতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/domain/eligibility.py" line="139"/>
        <source>She already has {count} loan(s) open or applied for; this product allows {limit} at a time.</source>
        <translation>তাঁর ইতিমধ্যে {count}টি ঋণ চলছে বা আবেদন করা আছে; এই ঋণ প্রকল্পে একসঙ্গে {limit}টি পর্যন্ত চলে।</translation>
    </message>
    <message>
        <location filename="../app/domain/eligibility.py" line="145"/>
        <source>The group has {size} members; this product needs {low} to {high}.</source>
        <translation>দলে {size} জন সদস্য; এই ঋণ প্রকল্পে {low} থেকে {high} জন লাগবে।</translation>
    </message>
    <message>
        <location filename="../app/domain/eligibility.py" line="150"/>
        <source>{years} year(s) of group membership; this product needs at least {needed}.</source>
        <translation>দলের সদস্যপদ {years} বছর; এই ঋণ প্রকল্পে অন্তত {needed} বছর লাগবে।</translation>
    </message>
    <message>
        <location filename="../app/domain/eligibility.py" line="154"/>
        <source>Individual loans need a clean repayment record.</source>
        <translation>একক ঋণের জন্য বকেয়া ছাড়া নিয়মিত পরিশোধের ইতিহাস লাগবে।</translation>
    </message>
    <message>
        <location filename="../app/domain/eligibility.py" line="171"/>
        <source>Monthly repayments of {total} would exceed {percent} % of monthly income ({allowed}).</source>
        <translation>মাসিক পরিশোধ {total} হবে, যা মাসিক আয়ের {percent} % ({allowed})-এর বেশি।</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <location filename="../ui/views/loan_application.py" line="241"/>
        <source>Choose the member and product and enter the amount.</source>
        <translation>সদস্য ও ঋণ প্রকল্প বেছে নিন এবং পরিমাণ লিখুন।</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_application.py" line="244"/>
        <source>Installment {installment} × {count} · total interest {interest} · fees {fees}
Paid out {net} · total to repay {payable} · APR {apr}
First installment {first} · last {last}</source>
        <translation>কিস্তি {installment} × {count} · মোট সুদ {interest} · ফি {fees}
হাতে পাবেন {net} · মোট পরিশোধ {payable} · APR {apr}
প্রথম কিস্তি {first} · শেষ কিস্তি {last}</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_application.py" line="255"/>
        <source>Eligible: every rule is met.</source>
        <translation>যোগ্য: সব নিয়ম পূরণ হয়েছে।</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_application.py" line="257"/>
        <source>Not eligible — these rules are not met:</source>
        <translation>যোগ্য নয় — এই নিয়মগুলি পূরণ হয়নি:</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_application.py" line="286"/>
        <source>Loan application</source>
        <translation>ঋণের আবেদন</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_application.py" line="287"/>
        <source>Find member…</source>
        <translation>সদস্য খুঁজুন…</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_application.py" line="288"/>
        <source>Member</source>
        <translation>সদস্য</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_application.py" line="288"/>
        <source>Loan product</source>
        <translation>ঋণ প্রকল্প</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_application.py" line="288"/>
        <source>Loan amount</source>
        <translation>ঋণের পরিমাণ</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_application.py" line="289"/>
        <source>Installments</source>
        <translation>কিস্তির সংখ্যা</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_application.py" line="289"/>
        <source>Purpose (income-generating activity)</source>
        <translation>উদ্দেশ্য (আয়বর্ধক কাজ)</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_application.py" line="290"/>
        <source>Household income per year</source>
        <translation>বার্ষিক পারিবারিক আয়</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_application.py" line="291"/>
        <source>Household repayments per month (all lenders)</source>
        <translation>পরিবারের মাসিক ঋণ পরিশোধ (সব ঋণদাতা)</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_application.py" line="292"/>
        <source>Guarantors (comma between names)</source>
        <translation>জামিনদার (নামগুলোর মাঝে কমা দিন)</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_application.py" line="292"/>
        <source>Group guarantee</source>
        <translation>দলীয় গ্যারান্টি</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_application.py" line="293"/>
        <source>Collateral</source>
        <translation>জামানত</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_application.py" line="293"/>
        <source>Collateral value</source>
        <translation>জামানতের মূল্য</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_application.py" line="294"/>
        <source>Own contribution (margin)</source>
        <translation>নিজের অংশ (মার্জিন)</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_application.py" line="294"/>
        <source>Appraisal note / production plan</source>
        <translation>মূল্যায়ন নোট / উৎপাদন পরিকল্পনা</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_application.py" line="296"/>
        <source>KFS language</source>
        <translation>KFS-এর ভাষা</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_application.py" line="303"/>
        <source>Add a lender</source>
        <translation>ঋণদাতা যোগ করুন</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_application.py" line="304"/>
        <source>The group&apos;s resolution is signed</source>
        <translation>দলের সিদ্ধান্তপত্রে স্বাক্ষর হয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_application.py" line="305"/>
        <source>Lender</source>
        <translation>ঋণদাতা</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_application.py" line="306"/>
        <source>Per month</source>
        <translation>মাসে</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_application.py" line="307"/>
        <source>No.</source>
        <translation>নং</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_application.py" line="307"/>
        <source>Due date</source>
        <translation>কিস্তির তারিখ</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_application.py" line="308"/>
        <source>Principal</source>
        <translation>আসল</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_application.py" line="308"/>
        <source>Interest</source>
        <translation>সুদ</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_application.py" line="309"/>
        <source>Installment</source>
        <translation>কিস্তি</translation>
    </message>
</context>
<context>
    <name>KfsDialog</name>
    <message>
        <location filename="../ui/views/loan_kfs.py" line="166"/>
        <source>Printing the KFS is not installed yet.</source>
        <translation>KFS প্রিন্ট করার ব্যবস্থা এখনও ইনস্টল করা হয়নি।</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_kfs.py" line="172"/>
        <source>Print</source>
        <translation>প্রিন্ট করুন</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_kfs.py" line="173"/>
        <source>The borrower accepts</source>
        <translation>ঋণগ্রহীতার সম্মতি নথিভুক্ত করুন</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_kfs.py" line="1"/>
        <source>The whole statement</source>
        <translation>পুরো বিবরণী</translation>
    </message>
</context>
<context>
    <name>LoanDialog</name>
    <message>
        <location filename="../ui/views/loan_actions.py" line="130"/>
        <source>{product} · {status} · amount {amount} · {count} installments · rate {rate} %
Applied {applied} · outstanding principal {left} · purpose: {purpose}</source>
        <translation>{product} · {status} · পরিমাণ {amount} · {count}টি কিস্তি · সুদের হার {rate} %
আবেদন {applied} · অবশিষ্ট আসল {left} · উদ্দেশ্য: {purpose}</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="153"/>
        <source>reversed</source>
        <translation>সংশোধনী এন্ট্রি হয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="165"/>
        <source>A reschedule to {count} installments waits for approval: {reason}</source>
        <translation>{count}টি কিস্তিতে কিস্তি পুনর্নির্ধারণ অনুমোদনের অপেক্ষায়: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="195"/>
        <source>applied</source>
        <translation>আবেদন হয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="195"/>
        <source>recommended</source>
        <translation>সুপারিশ হয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="196"/>
        <source>sanctioned</source>
        <translation>মঞ্জুর হয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="197"/>
        <source>rejected</source>
        <translation>নামঞ্জুর হয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="196"/>
        <source>forwarded</source>
        <translation>পাঠানো হয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="175"/>
        <source>Schedule (projected)</source>
        <translation>কিস্তির তালিকা (আনুমানিক)</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="198"/>
        <source>sanctioned by head office</source>
        <translation>প্রধান কার্যালয় মঞ্জুর করেছে</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="199"/>
        <source>rejected by head office</source>
        <translation>প্রধান কার্যালয় নামঞ্জুর করেছে</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="200"/>
        <source>reschedule requested</source>
        <translation>কিস্তি পুনর্নির্ধারণের অনুরোধ হয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="201"/>
        <source>rescheduled</source>
        <translation>কিস্তি পুনর্নির্ধারণ হয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="202"/>
        <source>reschedule refused</source>
        <translation>কিস্তি পুনর্নির্ধারণ নামঞ্জুর হয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="203"/>
        <source>reschedule reversed</source>
        <translation>কিস্তি পুনর্নির্ধারণের সংশোধনী এন্ট্রি হয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="204"/>
        <source>prepayment reversed</source>
        <translation>অগ্রিম পরিশোধের সংশোধনী এন্ট্রি হয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="242"/>
        <location filename="../ui/views/loan_actions.py" line="411"/>
        <source>Recommend</source>
        <translation>সুপারিশ করুন</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="243"/>
        <source>Recommendation</source>
        <translation>সুপারিশ</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="251"/>
        <source>Forward to the next authority</source>
        <translation>পরবর্তী কর্তৃপক্ষের কাছে পাঠান</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="251"/>
        <source>Your recommendation</source>
        <translation>আপনার সুপারিশ</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="256"/>
        <location filename="../ui/views/loan_actions.py" line="412"/>
        <source>Reject</source>
        <translation>নামঞ্জুর করুন</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="256"/>
        <source>Reason for the rejection</source>
        <translation>নামঞ্জুরের কারণ</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="266"/>
        <source>Cash</source>
        <translation>নগদ</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="266"/>
        <source>Transfer</source>
        <translation>ব্যাংক হিসাবে জমা</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="267"/>
        <location filename="../ui/views/loan_actions.py" line="413"/>
        <source>Disburse</source>
        <translation>ঋণ বিতরণ করুন</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="268"/>
        <source>Pay out by</source>
        <translation>কীভাবে দেবেন</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="276"/>
        <source>Repayment at the counter</source>
        <translation>কাউন্টারে পরিশোধ</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="276"/>
        <location filename="../ui/views/loan_actions.py" line="346"/>
        <source>Amount received</source>
        <translation>প্রাপ্ত টাকা</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="284"/>
        <source>Close the loan today</source>
        <translation>আজই ঋণ বন্ধ করুন</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="285"/>
        <source>To close the loan today she pays {amount} (interest to date {interest}; no prepayment penalty). Record it?</source>
        <translation>আজ ঋণ বন্ধ করতে তিনি দেবেন {amount} (আজ পর্যন্ত সুদ {interest}; অগ্রিম পরিশোধে কোনো জরিমানা নেই)। নথিভুক্ত করবেন?</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="294"/>
        <location filename="../ui/views/loan_actions.py" line="300"/>
        <source>Reschedule</source>
        <translation>কিস্তি পুনর্নির্ধারণ</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="295"/>
        <source>New number of installments</source>
        <translation>নতুন কিস্তির সংখ্যা</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="300"/>
        <source>Reason (e.g. flood, cyclone)</source>
        <translation>কারণ (যেমন বন্যা, ঘূর্ণিঝড়)</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="316"/>
        <location filename="../ui/views/loan_actions.py" line="416"/>
        <source>Approve reschedule</source>
        <translation>কিস্তি পুনর্নির্ধারণ অনুমোদন করুন</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="317"/>
        <source>Replace what is left of this loan&apos;s schedule by {count} new installments? Reason given: {reason}</source>
        <translation>এই ঋণের কিস্তির তালিকার বাকি অংশের জায়গায় {count}টি নতুন কিস্তি বসবে? দেওয়া কারণ: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="325"/>
        <location filename="../ui/views/loan_actions.py" line="417"/>
        <source>Refuse reschedule</source>
        <translation>কিস্তি পুনর্নির্ধারণ নামঞ্জুর করুন</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="325"/>
        <source>Reason for refusing</source>
        <translation>নামঞ্জুরের কারণ</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="330"/>
        <location filename="../ui/views/loan_actions.py" line="418"/>
        <source>Reverse reschedule</source>
        <translation>কিস্তি পুনর্নির্ধারণের সংশোধনী এন্ট্রি দিন</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="331"/>
        <source>Reason (the schedule before the reschedule comes back)</source>
        <translation>কারণ (পুনর্নির্ধারণের আগের কিস্তির তালিকা ফিরে আসবে)</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="336"/>
        <location filename="../ui/views/loan_actions.py" line="419"/>
        <source>Write off</source>
        <translation>রাইট-অফ করুন</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="336"/>
        <source>Reason for the write-off</source>
        <translation>রাইট-অফের কারণ</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="341"/>
        <location filename="../ui/views/loan_actions.py" line="420"/>
        <source>Death case</source>
        <translation>মৃত্যুজনিত নিষ্পত্তি করুন</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="341"/>
        <source>Note (insurance claim number)</source>
        <translation>নোট (বীমা দাবির নম্বর)</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="346"/>
        <source>Recovery after write-off</source>
        <translation>রাইট-অফ করা ঋণ আদায়</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="354"/>
        <location filename="../ui/views/loan_actions.py" line="359"/>
        <location filename="../ui/views/loan_actions.py" line="421"/>
        <source>Reverse</source>
        <translation>সংশোধনী এন্ট্রি দিন</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="355"/>
        <source>Choose the transaction to reverse in the Transactions tab.</source>
        <translation>লেনদেন ট্যাবে যে লেনদেনের সংশোধনী এন্ট্রি দেবেন সেটি বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="359"/>
        <source>Reason for the reversal</source>
        <translation>সংশোধনী এন্ট্রির কারণ</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="376"/>
        <source>repaid in full</source>
        <translation>সম্পূর্ণ পরিশোধ হয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="376"/>
        <source>settled after death (insurance)</source>
        <translation>মৃত্যুর পর নিষ্পত্তি হয়েছে (বীমা)</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="378"/>
        <source>recovered after write-off</source>
        <translation>রাইট-অফের পর আদায় হয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="380"/>
        <source>Loan closure certificate

Loan {loan_no} of {member}, {amount} disbursed on {disbursed}, is closed on {closed}: {how}.
Principal paid {principal}, interest paid {interest}. Nothing more is due on this loan.</source>
        <translation>ঋণ সমাপ্তির শংসাপত্র

{member}-এর ঋণ {loan_no}, {disbursed} তারিখে বিতরণ করা {amount}, {closed} তারিখে বন্ধ হয়েছে: {how}।
আসল পরিশোধ {principal}, সুদ পরিশোধ {interest}। এই ঋণে আর কিছু প্রাপ্য নেই।</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="391"/>
        <location filename="../ui/views/loan_actions.py" line="398"/>
        <source>Loan closure certificate</source>
        <translation>ঋণ সমাপ্তির শংসাপত্র</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="395"/>
        <source>Loan card</source>
        <translation>ঋণ কার্ড</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="405"/>
        <source>Printing this is not installed yet.</source>
        <translation>এটি প্রিন্ট করার ব্যবস্থা এখনও ইনস্টল করা হয়নি।</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="411"/>
        <source>Sanction</source>
        <translation>মঞ্জুর করুন</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="412"/>
        <source>Forward</source>
        <translation>পাঠান</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="413"/>
        <source>KFS and acceptance</source>
        <translation>KFS দেখান ও সম্মতি নিন</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="414"/>
        <source>Repayment</source>
        <translation>পরিশোধ নিন</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="414"/>
        <source>Close today (prepay)</source>
        <translation>আজ বন্ধ করুন (অগ্রিম পরিশোধ)</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="415"/>
        <source>Request reschedule</source>
        <translation>কিস্তি পুনর্নির্ধারণের অনুরোধ করুন</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="420"/>
        <source>Recovery</source>
        <translation>আদায় নথিভুক্ত করুন</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="421"/>
        <source>Closure certificate</source>
        <translation>সমাপ্তির শংসাপত্র দেখুন</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="422"/>
        <source>Print loan card</source>
        <translation>ঋণ কার্ড প্রিন্ট করুন</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="423"/>
        <source>Print certificate</source>
        <translation>শংসাপত্র প্রিন্ট করুন</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="176"/>
        <source>Schedule</source>
        <translation>কিস্তির তালিকা</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="427"/>
        <source>Decisions</source>
        <translation>সিদ্ধান্ত</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="428"/>
        <source>Transactions</source>
        <translation>লেনদেন</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="430"/>
        <location filename="../ui/views/loan_actions.py" line="435"/>
        <source>No.</source>
        <translation>নং</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="430"/>
        <source>Principal</source>
        <translation>আসল</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="430"/>
        <source>Interest</source>
        <translation>সুদ</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="430"/>
        <source>Due date</source>
        <translation>কিস্তির তারিখ</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="431"/>
        <source>Paid</source>
        <translation>পরিশোধিত</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="431"/>
        <source>Paid on</source>
        <translation>পরিশোধের তারিখ</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="433"/>
        <location filename="../ui/views/loan_actions.py" line="435"/>
        <source>Date</source>
        <translation>তারিখ</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="433"/>
        <source>Step</source>
        <translation>ধাপ</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="433"/>
        <source>Authority</source>
        <translation>কর্তৃপক্ষ</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="433"/>
        <source>Reason</source>
        <translation>কারণ</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="435"/>
        <source>Entry</source>
        <translation>বিবরণ</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="435"/>
        <source>Amount</source>
        <translation>টাকার পরিমাণ</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="436"/>
        <source>Note</source>
        <translation>নোট</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="1"/>
        <source>Note with the sanction (may be left empty)</source>
        <translation>মঞ্জুরির সঙ্গে মন্তব্য (খালি রাখা যায়)</translation>
    </message>
    <message>
        <location filename="../ui/views/loan_actions.py" line="1"/>
        <source>Hand over {net}: the loan {amount} less fees {fees} and compulsory savings {savings}.</source>
        <translation>হাতে দিন {net}: ঋণ {amount} থেকে ফি {fees} ও বাধ্যতামূলক সঞ্চয় {savings} বাদে।</translation>
    </message>
</context>
<context>
    <name>LoansView</name>
    <message>
        <location filename="../ui/views/loans_view.py" line="62"/>
        <source>Loan no.</source>
        <translation>ঋণ নং</translation>
    </message>
    <message>
        <location filename="../ui/views/loans_view.py" line="63"/>
        <source>Member</source>
        <translation>সদস্য</translation>
    </message>
    <message>
        <location filename="../ui/views/loans_view.py" line="65"/>
        <source>Product</source>
        <translation>ঋণ প্রকল্প</translation>
    </message>
    <message>
        <location filename="../ui/views/loans_view.py" line="66"/>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <location filename="../ui/views/loans_view.py" line="67"/>
        <source>Applied</source>
        <translation>আবেদনের তারিখ</translation>
    </message>
    <message>
        <location filename="../ui/views/loans_view.py" line="68"/>
        <source>Loan amount</source>
        <translation>ঋণের পরিমাণ</translation>
    </message>
    <message>
        <location filename="../ui/views/loans_view.py" line="70"/>
        <source>Outstanding</source>
        <translation>ঋণ স্থিতি</translation>
    </message>
    <message>
        <location filename="../ui/views/loans_view.py" line="75"/>
        <source>Loans</source>
        <translation>ঋণ</translation>
    </message>
    <message>
        <location filename="../ui/views/loans_view.py" line="83"/>
        <source>{count} loans</source>
        <translation>{count}টি ঋণ</translation>
    </message>
    <message>
        <location filename="../ui/views/loans_view.py" line="113"/>
        <location filename="../ui/views/loans_view.py" line="133"/>
        <source>Head-office decisions</source>
        <translation>প্রধান কার্যালয়ের সিদ্ধান্ত প্রয়োগ করুন</translation>
    </message>
    <message>
        <location filename="../ui/views/loans_view.py" line="114"/>
        <source>Sanctioned by head office: {sanctioned}. Rejected: {rejected}.</source>
        <translation>প্রধান কার্যালয় মঞ্জুর করেছে: {sanctioned}। নামঞ্জুর: {rejected}।</translation>
    </message>
    <message>
        <location filename="../ui/views/loans_view.py" line="122"/>
        <source>Applications</source>
        <translation>আবেদন</translation>
    </message>
    <message>
        <location filename="../ui/views/loans_view.py" line="122"/>
        <source>Sanctioned, to disburse</source>
        <translation>মঞ্জুর হয়েছে, বিতরণ বাকি</translation>
    </message>
    <message>
        <location filename="../ui/views/loans_view.py" line="123"/>
        <source>Disbursed</source>
        <translation>বিতরণ হয়েছে</translation>
    </message>
    <message>
        <location filename="../ui/views/loans_view.py" line="123"/>
        <source>Closed, written off, rejected</source>
        <translation>বন্ধ, রাইট-অফ, নামঞ্জুর</translation>
    </message>
    <message>
        <location filename="../ui/views/loans_view.py" line="124"/>
        <source>Reschedule requests</source>
        <translation>কিস্তি পুনর্নির্ধারণের অনুরোধ</translation>
    </message>
    <message>
        <location filename="../ui/views/loans_view.py" line="131"/>
        <source>New application (Ctrl+N)</source>
        <translation>নতুন আবেদন লিখুন (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/views/loans_view.py" line="132"/>
        <source>Open loan</source>
        <translation>ঋণটি দেখুন</translation>
    </message>
    <message>
        <location filename="../ui/views/loans_view.py" line="134"/>
        <source>Loan no., member code or name…</source>
        <translation>ঋণ নং, সদস্য কোড বা নাম…</translation>
    </message>
</context>
</TS>

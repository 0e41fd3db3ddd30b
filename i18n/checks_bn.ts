<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_IN">
<context>
    <name></name>
    <message>
        <location filename="../app/services/states.py" line="13"/>
        <source>Loan {loan_no} is still an application, not sanctioned; this cannot be done now.</source>
        <translation>ঋণ {loan_no} এখনও শুধু আবেদন, মঞ্জুর হয়নি; এখন এটি করা যাবে না।</translation>
    </message>
    <message>
        <location filename="../app/services/states.py" line="15"/>
        <source>Loan {loan_no} is recommended and waits for sanction; this cannot be done now.</source>
        <translation>ঋণ {loan_no}-এর সুপারিশ হয়েছে, মঞ্জুরির অপেক্ষায় আছে; এখন এটি করা যাবে না।</translation>
    </message>
    <message>
        <location filename="../app/services/states.py" line="17"/>
        <source>Loan {loan_no} waits for head office&apos;s decision; this cannot be done now.</source>
        <translation>ঋণ {loan_no} প্রধান কার্যালয়ের সিদ্ধান্তের অপেক্ষায় আছে; এখন এটি করা যাবে না।</translation>
    </message>
    <message>
        <location filename="../app/services/states.py" line="19"/>
        <source>Loan {loan_no} is sanctioned but not yet disbursed; this cannot be done now.</source>
        <translation>ঋণ {loan_no} মঞ্জুর হয়েছে, কিন্তু এখনও বিতরণ হয়নি; এখন এটি করা যাবে না।</translation>
    </message>
    <message>
        <location filename="../app/services/states.py" line="21"/>
        <source>Loan {loan_no} was rejected; this cannot be done now.</source>
        <translation>ঋণ {loan_no} নামঞ্জুর হয়েছে; এখন এটি করা যাবে না।</translation>
    </message>
    <message>
        <location filename="../app/services/states.py" line="22"/>
        <source>Loan {loan_no} is disbursed and still running; this cannot be done now.</source>
        <translation>ঋণ {loan_no} বিতরণ হয়েছে এবং এখনও চলছে; এখন এটি করা যাবে না।</translation>
    </message>
    <message>
        <location filename="../app/services/states.py" line="24"/>
        <source>Loan {loan_no} is already closed; this cannot be done now.</source>
        <translation>ঋণ {loan_no} আগেই বন্ধ হয়েছে; এখন এটি করা যাবে না।</translation>
    </message>
    <message>
        <location filename="../app/services/states.py" line="25"/>
        <source>Loan {loan_no} was written off; this cannot be done now.</source>
        <translation>ঋণ {loan_no} রাইট-অফ করা হয়েছে; এখন এটি করা যাবে না।</translation>
    </message>
    <message>
        <location filename="../app/services/states.py" line="27"/>
        <source>Loan {loan_no} is not in a state that allows this.</source>
        <translation>ঋণ {loan_no} এখন এমন অবস্থায় নেই যে এটি করা যায়।</translation>
    </message>
    <message>
        <location filename="../app/services/states.py" line="30"/>
        <source>This meeting was already posted.</source>
        <translation>এই সভা আগেই পোস্ট করা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../app/services/states.py" line="31"/>
        <source>This meeting was marked as not held.</source>
        <translation>এই সভা ‘সভা হয়নি’ বলে চিহ্নিত করা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../app/services/states.py" line="32"/>
        <source>This meeting was posted and then reversed.</source>
        <translation>এই সভা পোস্ট করার পর এর সংশোধনী এন্ট্রি দেওয়া হয়েছে।</translation>
    </message>
    <message>
        <location filename="../app/services/states.py" line="34"/>
        <source>This meeting can no longer be changed.</source>
        <translation>এই সভা আর বদলানো যায় না।</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="36"/>
        <source>Amount</source>
        <translation>টাকার পরিমাণ</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="37"/>
        <source>Cash counted</source>
        <translation>গোনা নগদ</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="38"/>
        <source>Repayment</source>
        <translation>পরিশোধ</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="39"/>
        <source>Savings deposit</source>
        <translation>সঞ্চয় জমা</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="40"/>
        <source>Savings withdrawal</source>
        <translation>সঞ্চয় উত্তোলন</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="41"/>
        <source>Loan amount</source>
        <translation>ঋণের পরিমাণ</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="42"/>
        <source>Household income per year</source>
        <translation>বার্ষিক পারিবারিক আয়</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="43"/>
        <source>Household repayments per month</source>
        <translation>পরিবারের মাসিক ঋণ পরিশোধ</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="44"/>
        <source>Collateral value</source>
        <translation>জামানতের মূল্য</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="45"/>
        <source>Own contribution</source>
        <translation>নিজের অংশ</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="46"/>
        <source>Number of installments</source>
        <translation>কিস্তির সংখ্যা</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="47"/>
        <source>Most members</source>
        <translation>সর্বোচ্চ সদস্য সংখ্যা</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="48"/>
        <source>Savings interest rate</source>
        <translation>সঞ্চয়ের সুদের হার</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="49"/>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="50"/>
        <source>Name (English)</source>
        <translation>নাম (ইংরেজিতে)</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="51"/>
        <source>Name (Bengali)</source>
        <translation>নাম (বাংলায়)</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="52"/>
        <source>Husband / guardian (English)</source>
        <translation>স্বামী / অভিভাবক (ইংরেজিতে)</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="53"/>
        <source>Husband / guardian (Bengali)</source>
        <translation>স্বামী / অভিভাবক (বাংলায়)</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="54"/>
        <source>Full name (English)</source>
        <translation>পুরো নাম (ইংরেজিতে)</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="55"/>
        <source>Full name (Bengali)</source>
        <translation>পুরো নাম (বাংলায়)</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="56"/>
        <source>User name</source>
        <translation>ব্যবহারকারীর নাম</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="57"/>
        <source>Phone</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="58"/>
        <source>ID number</source>
        <translation>পরিচয়পত্রের নম্বর</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="59"/>
        <source>ID document</source>
        <translation>পরিচয়পত্র</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="60"/>
        <source>Relation</source>
        <translation>সম্পর্ক</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="61"/>
        <source>Address</source>
        <translation>ঠিকানা</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="62"/>
        <source>Passbook number</source>
        <translation>পাসবই নম্বর</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="63"/>
        <source>Date of birth</source>
        <translation>জন্ম তারিখ</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="64"/>
        <source>Date</source>
        <translation>তারিখ</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="65"/>
        <source>Meeting place</source>
        <translation>সভার জায়গা</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="66"/>
        <source>Meeting time</source>
        <translation>সভার সময়</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="67"/>
        <source>Reason</source>
        <translation>কারণ</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="68"/>
        <source>Note</source>
        <translation>নোট</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="69"/>
        <source>Purpose</source>
        <translation>উদ্দেশ্য</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="70"/>
        <source>Reference</source>
        <translation>সূত্র</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="71"/>
        <source>Recommendation</source>
        <translation>সুপারিশ</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="72"/>
        <source>Guarantors</source>
        <translation>জামিনদার</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="73"/>
        <source>Group guarantee</source>
        <translation>দলীয় গ্যারান্টি</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="74"/>
        <source>Collateral</source>
        <translation>জামানত</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="75"/>
        <source>Appraisal note / production plan</source>
        <translation>মূল্যায়ন নোট / উৎপাদন পরিকল্পনা</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="76"/>
        <source>Paid by the group</source>
        <translation>দল দিয়েছে</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="77"/>
        <source>Loan use checked</source>
        <translation>ঋণ-ব্যবহার যাচাই</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="78"/>
        <source>Closes loan</source>
        <translation>ঋণ বন্ধ</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="80"/>
        <source>{field}: not an amount.</source>
        <translation>{field}: টাকার অঙ্ক নয়।</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="81"/>
        <source>{field}: not a whole number.</source>
        <translation>{field}: পূর্ণ সংখ্যা নয়।</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="82"/>
        <source>{field}: must be from {low} to {high}.</source>
        <translation>{field}: {low} থেকে {high}-এর মধ্যে হতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="83"/>
        <source>{field}: must be more than zero.</source>
        <translation>{field}: শূন্যের বেশি হতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="84"/>
        <source>{field}: not text.</source>
        <translation>{field}: লেখা নয়।</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="85"/>
        <source>{field}: must be yes or no.</source>
        <translation>{field}: হ্যাঁ বা না হতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="86"/>
        <source>{field}: write it.</source>
        <translation>{field}: লিখুন।</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="87"/>
        <source>{field}: must have at least one letter.</source>
        <translation>{field}: অন্তত একটি অক্ষর থাকতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="88"/>
        <source>{field}: has an invisible or control character that cannot be saved; type it again.</source>
        <translation>{field}: এতে এমন অদৃশ্য বা নিয়ন্ত্রণ-চিহ্ন আছে যা সংরক্ষণ করা যায় না; আবার টাইপ করুন।</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="90"/>
        <source>{field}: too long, at most {n} characters.</source>
        <translation>{field}: খুব লম্বা, সর্বোচ্চ {n}টি অক্ষর।</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="91"/>
        <source>{field}: only Bengali or English digits (০–৯, 0–9).</source>
        <translation>{field}: শুধু বাংলা বা ইংরেজি অঙ্ক (০–৯, 0–9)।</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="92"/>
        <source>{field}: 10 to 15 digits (a + and spaces may come with them).</source>
        <translation>{field}: ১০ থেকে ১৫টি অঙ্ক (সঙ্গে + ও ফাঁকা থাকতে পারে)।</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="93"/>
        <source>{field}: not a date.</source>
        <translation>{field}: তারিখ নয়।</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="94"/>
        <source>{field}: must be from {first} to {last}.</source>
        <translation>{field}: {first} থেকে {last}-এর মধ্যে হতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/domain/inputs.py" line="95"/>
        <source>A member is 18 to 99 years old; this date of birth makes her {age}.</source>
        <translation>সদস্যের বয়স ১৮ থেকে ৯৯ বছর হতে হবে; এই জন্ম তারিখ অনুযায়ী তাঁর বয়স {age}।</translation>
    </message>
</context>
</TS>

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
</context>
</TS>

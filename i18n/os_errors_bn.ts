<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_IN" sourcelanguage="en">
<!-- Why the computer refused a file, disk or network operation (app/os_reasons.py, by errno),
     instead of the system's English ("No such file or directory"). -->
<context>
    <name></name>
    <message>
        <location filename="../app/os_reasons.py" line="0"/>
        <source>the file or folder does not exist</source>
        <translation>ফাইল বা ফোল্ডারটি নেই</translation>
    </message>
    <message>
        <location filename="../app/os_reasons.py" line="0"/>
        <source>this computer&apos;s user may not use that file or folder</source>
        <translation>এই কম্পিউটারের ব্যবহারকারীর ওই ফাইল বা ফোল্ডার ব্যবহারের অনুমতি নেই</translation>
    </message>
    <message>
        <location filename="../app/os_reasons.py" line="0"/>
        <source>the disk is full</source>
        <translation>ডিস্কে আর জায়গা নেই</translation>
    </message>
    <message>
        <location filename="../app/os_reasons.py" line="0"/>
        <source>the connection was cut</source>
        <translation>সংযোগ মাঝপথে কেটে গেছে</translation>
    </message>
    <message>
        <location filename="../app/os_reasons.py" line="0"/>
        <source>the network cannot reach the other computer</source>
        <translation>নেটওয়ার্কে অন্য কম্পিউটারটি পাওয়া যাচ্ছে না</translation>
    </message>
    <message>
        <location filename="../app/os_reasons.py" line="0"/>
        <source>another program is using the file</source>
        <translation>ফাইলটি অন্য একটি প্রোগ্রাম ব্যবহার করছে</translation>
    </message>
    <message>
        <location filename="../app/os_reasons.py" line="0"/>
        <source>the disk or pen drive is not there (was it removed?)</source>
        <translation>ডিস্ক বা পেন ড্রাইভটি পাওয়া যাচ্ছে না (খুলে নেওয়া হয়েছে কি?)</translation>
    </message>
    <message>
        <location filename="../app/os_reasons.py" line="0"/>
        <source>too many files are open</source>
        <translation>একসঙ্গে অনেক বেশি ফাইল খোলা আছে</translation>
    </message>
    <message>
        <location filename="../app/os_reasons.py" line="0"/>
        <source>the disk or pen drive can only be read, not written to</source>
        <translation>ডিস্ক বা পেন ড্রাইভটি শুধু পড়া যায়, তাতে লেখা যায় না</translation>
    </message>
    <message>
        <location filename="../app/os_reasons.py" line="0"/>
        <source>a file or folder of that name is already there</source>
        <translation>ওই নামে একটি ফাইল বা ফোল্ডার আগে থেকেই আছে</translation>
    </message>
    <message>
        <location filename="../app/os_reasons.py" line="0"/>
        <source>that is a folder, not a file</source>
        <translation>এটি একটি ফোল্ডার, ফাইল নয়</translation>
    </message>
    <message>
        <location filename="../app/os_reasons.py" line="0"/>
        <source>a part of the path is a file, not a folder</source>
        <translation>ঠিকানার একটি অংশ ফাইল, ফোল্ডার নয়</translation>
    </message>
    <message>
        <location filename="../app/os_reasons.py" line="0"/>
        <source>the folder is not empty</source>
        <translation>ফোল্ডারটি খালি নয়</translation>
    </message>
    <message>
        <location filename="../app/os_reasons.py" line="0"/>
        <source>the disk or pen drive could not be read or written (it may be damaged, or was removed)</source>
        <translation>ডিস্ক বা পেন ড্রাইভ পড়া বা তাতে লেখা গেল না (নষ্ট হতে পারে, বা খুলে নেওয়া হয়েছে)</translation>
    </message>
    <message>
        <location filename="../app/os_reasons.py" line="0"/>
        <source>the file name is too long</source>
        <translation>ফাইলের নাম খুব লম্বা</translation>
    </message>
    <message>
        <location filename="../app/os_reasons.py" line="0"/>
        <source>the file name or the request is not allowed</source>
        <translation>ফাইলের নাম বা অনুরোধটি চলবে না</translation>
    </message>
    <message>
        <location filename="../app/os_reasons.py" line="0"/>
        <source>the file is too large</source>
        <translation>ফাইলটি খুব বড়</translation>
    </message>
    <message>
        <location filename="../app/os_reasons.py" line="0"/>
        <source>the other computer did not answer in time</source>
        <translation>অন্য কম্পিউটারটি সময়মতো সাড়া দেয়নি</translation>
    </message>
    <message>
        <location filename="../app/os_reasons.py" line="0"/>
        <source>the other computer refused the connection (is its service running?)</source>
        <translation>অন্য কম্পিউটারটি সংযোগ নিল না (সেখানে প্রোগ্রামটি চালু আছে কি?)</translation>
    </message>
    <message>
        <location filename="../app/os_reasons.py" line="0"/>
        <source>the computer refused (error {code})</source>
        <translation>কম্পিউটার কাজটি করতে দিল না (ত্রুটি নম্বর {code})</translation>
    </message>
    <message>
        <location filename="../app/os_reasons.py" line="0"/>
        <source>the computer refused</source>
        <translation>কম্পিউটার কাজটি করতে দিল না</translation>
    </message>
    <message>
        <location filename="../ui/ops.py" line="0"/>
        <source>This could not be done: {reason}. The details were saved to the log file.</source>
        <translation>কাজটি করা গেল না: {reason}। বিস্তারিত লগ ফাইলে রাখা হয়েছে।</translation>
    </message>
</context>
</TS>

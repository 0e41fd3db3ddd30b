<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_IN">
<context>
    <name></name>
    <message>
        <location filename="../app/services/printing.py" line="81"/>
        <source>No member with number {id}.</source>
        <translation>{id} নম্বরের কোনো সদস্য নেই।</translation>
    </message>
    <message>
        <location filename="../app/services/printing.py" line="189"/>
        <source>That is not a line of this member&apos;s passbook.</source>
        <translation>এটি এই সদস্যের পাসবইয়ের কোনো লাইন নয়।</translation>
    </message>
    <message>
        <location filename="../app/services/printing.py" line="240"/>
        <source>Printer offsets must be within 50 mm.</source>
        <translation>প্রিন্টারের সরণ ৫০ মিমি-র মধ্যে হতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/services/printing.py" line="280"/>
        <source>No receipt with number {id}.</source>
        <translation>{id} নম্বরের কোনো রসিদ নেই।</translation>
    </message>
    <message>
        <location filename="../app/commands/print.py" line="39"/>
        <source>Cannot write {path}: the folder does not exist.</source>
        <translation>{path} লেখা যাচ্ছে না: ফোল্ডারটি নেই।</translation>
    </message>
    <message>
        <location filename="../app/commands/print.py" line="47"/>
        <source>Cannot write {path}: {error}</source>
        <translation>{path} লেখা যাচ্ছে না: {error}</translation>
    </message>
    <message>
        <location filename="../app/commands/print.py" line="56"/>
        <source>Not a date (YYYY-MM-DD): {text}</source>
        <translation>তারিখ নয় (YYYY-MM-DD): {text}</translation>
    </message>
    <message>
        <location filename="../app/commands/print.py" line="117"/>
        <source>The end date is before the start date.</source>
        <translation>শেষের তারিখ শুরুর তারিখের আগে।</translation>
    </message>
    <message>
        <location filename="../app/services/passbook_format.py" line="57"/>
        <source>A passbook page has 5 to 60 lines.</source>
        <translation>পাসবইয়ের এক পৃষ্ঠায় ৫ থেকে ৬০টি লাইন থাকে।</translation>
    </message>
    <message>
        <location filename="../app/services/passbook_format.py" line="59"/>
        <source>Lines are 3 to 15 mm apart.</source>
        <translation>লাইনগুলোর মাঝে ৩ থেকে ১৫ মিমি ফাঁক থাকে।</translation>
    </message>
    <message>
        <location filename="../app/services/passbook_format.py" line="61"/>
        <source>The first line is 5 to 200 mm from the top of the page.</source>
        <translation>প্রথম লাইনটি পৃষ্ঠার উপর থেকে ৫ থেকে ২০০ মিমি নিচে থাকে।</translation>
    </message>
    <message>
        <location filename="../app/services/passbook_format.py" line="64"/>
        <source>The left edge is 0 to 80 mm from the side of the page.</source>
        <translation>বাঁ দিকের কিনারা পৃষ্ঠার পাশ থেকে ০ থেকে ৮০ মিমি দূরে থাকে।</translation>
    </message>
    <message>
        <location filename="../app/services/passbook_format.py" line="68"/>
        <source>With these figures the last line would be {mm} mm from the top, off the printable page: fewer lines, closer lines or a higher first line.</source>
        <translation>এই মাপে শেষ লাইনটি উপর থেকে {mm} মিমি নিচে পড়বে, পৃষ্ঠার যেখানে প্রিন্ট হয় তার বাইরে: লাইন কমান, লাইনের ফাঁক কমান, বা প্রথম লাইন আরও উপরে দিন।</translation>
    </message>
</context>
<context>
    <name>PassbookPrinting</name>
    <message>
        <location filename="../ui/views/print_passbook.py" line="19"/>
        <source>This prints {pages} passbook page(s), {first} to {last}; the printer stops for the page to be turned. Put page {first} in the printer: printing starts at line {line}.</source>
        <translation>পাসবইয়ের {pages}টি পৃষ্ঠা প্রিন্ট হবে, {first} থেকে {last} নম্বর; পৃষ্ঠা ওল্টানোর জন্য প্রিন্টার প্রতিবার থামবে। {first} নম্বর পৃষ্ঠাটি প্রিন্টারে দিন: প্রিন্ট শুরু হবে {line} নম্বর লাইন থেকে।</translation>
    </message>
    <message>
        <location filename="../ui/views/print_passbook.py" line="23"/>
        <source>Page {done} is printed. Turn to page {page} and put it in the printer.</source>
        <translation>{done} নম্বর পৃষ্ঠা প্রিন্ট হয়েছে। {page} নম্বর পৃষ্ঠায় উল্টে প্রিন্টারে দিন।</translation>
    </message>
    <message>
        <location filename="../ui/views/print_passbook.py" line="65"/>
        <location filename="../ui/views/print_passbook.py" line="70"/>
        <source>Passbook</source>
        <translation>পাসবই</translation>
    </message>
    <message>
        <location filename="../ui/views/print_passbook.py" line="66"/>
        <source>Everything is already printed in this passbook.</source>
        <translation>এই পাসবইয়ে সবকিছু আগেই প্রিন্ট করা হয়েছে।</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../ui/views/print_preview.py" line="140"/>
        <source>Print preview: {title}</source>
        <translation>প্রিন্টের আগে দেখুন: {title}</translation>
    </message>
    <message>
        <location filename="../ui/views/print_preview.py" line="141"/>
        <source>{n} page(s)</source>
        <translation>{n} পৃষ্ঠা</translation>
    </message>
    <message>
        <location filename="../ui/views/print_preview.py" line="143"/>
        <source>Print…</source>
        <translation>প্রিন্ট করুন…</translation>
    </message>
    <message>
        <location filename="../ui/views/print_preview.py" line="144"/>
        <source>Save as PDF…</source>
        <translation>PDF হিসেবে সংরক্ষণ করুন…</translation>
    </message>
    <message>
        <location filename="../ui/views/print_preview.py" line="145"/>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <location filename="../ui/views/print_preview.py" line="157"/>
        <location filename="../ui/views/print_preview.py" line="164"/>
        <source>Save as PDF</source>
        <translation>PDF হিসেবে সংরক্ষণ</translation>
    </message>
    <message>
        <location filename="../ui/views/print_preview.py" line="158"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/views/print_preview.py" line="165"/>
        <source>Could not save {path}: {error}</source>
        <translation>{path} সংরক্ষণ করা গেল না: {error}</translation>
    </message>
    <message>
        <location filename="../ui/views/print_preview.py" line="177"/>
        <source>Print</source>
        <translation>প্রিন্ট</translation>
    </message>
    <message>
        <location filename="../ui/views/print_preview.py" line="209"/>
        <source>Preparing {title} …</source>
        <translation>{title} তৈরি হচ্ছে …</translation>
    </message>
    <message>
        <location filename="../ui/views/print_preview.py" line="1"/>
        <source>the folder does not exist</source>
        <translation>ফোল্ডারটি নেই</translation>
    </message>
    <message>
        <location filename="../ui/views/print_preview.py" line="1"/>
        <source>you may not write there</source>
        <translation>সেখানে লেখার অনুমতি নেই</translation>
    </message>
    <message>
        <location filename="../ui/views/print_preview.py" line="1"/>
        <source>the disk is full</source>
        <translation>ডিস্ক ভরে গেছে</translation>
    </message>
    <message>
        <location filename="../ui/views/print_preview.py" line="1"/>
        <source>the disk cannot be written to</source>
        <translation>ডিস্কে লেখা যায় না</translation>
    </message>
    <message>
        <location filename="../ui/views/print_preview.py" line="1"/>
        <source>that is a folder, not a file name</source>
        <translation>এটি একটি ফোল্ডার, ফাইলের নাম নয়</translation>
    </message>
    <message>
        <location filename="../ui/views/print_preview.py" line="1"/>
        <source>the file could not be written</source>
        <translation>ফাইলটি লেখা গেল না</translation>
    </message>
</context>
<context>
    <name>PrinterCalibrationDialog</name>
    <message>
        <location filename="../ui/views/print_calibration.py" line="115"/>
        <source>Calibration page</source>
        <translation>মাপ মেলানোর পৃষ্ঠা</translation>
    </message>
    <message>
        <location filename="../ui/views/print_calibration.py" line="118"/>
        <source>Printer calibration</source>
        <translation>প্রিন্টারের মাপ মেলানো</translation>
    </message>
    <message>
        <location filename="../ui/views/print_calibration.py" line="120"/>
        <source>Print the test page on a passbook page. Measure how far the crosses are from where the first line should be and enter it here: right and down are positive.</source>
        <translation>পাসবইয়ের একটি পৃষ্ঠায় পরীক্ষার পৃষ্ঠাটি প্রিন্ট করুন। প্রথম লাইন যেখানে থাকার কথা সেখান থেকে ক্রস চিহ্নগুলি কত দূরে তা মেপে এখানে লিখুন: ডানে ও নিচে হলে যোগ (+) সংখ্যা।</translation>
    </message>
    <message>
        <location filename="../ui/views/print_calibration.py" line="126"/>
        <source>Printer</source>
        <translation>প্রিন্টার</translation>
    </message>
    <message>
        <location filename="../ui/views/print_calibration.py" line="126"/>
        <source>Move right (mm)</source>
        <translation>ডানে সরান (মিমি)</translation>
    </message>
    <message>
        <location filename="../ui/views/print_calibration.py" line="126"/>
        <source>Move down (mm)</source>
        <translation>নিচে সরান (মিমি)</translation>
    </message>
    <message>
        <location filename="../ui/views/print_calibration.py" line="123"/>
        <source>The branch&apos;s passbook format (manager): how many lines a passbook page has, how far apart they are, and where the first line and the left edge are.</source>
        <translation>শাখার পাসবইয়ের মাপ (ব্যবস্থাপক): পাসবইয়ের এক পৃষ্ঠায় কতগুলো লাইন, লাইনগুলোর মাঝে কত ফাঁক, আর প্রথম লাইন ও বাঁ দিকের কিনারা কোথায়।</translation>
    </message>
    <message>
        <location filename="../ui/views/print_calibration.py" line="127"/>
        <source>Lines on a page</source>
        <translation>এক পৃষ্ঠায় লাইন</translation>
    </message>
    <message>
        <location filename="../ui/views/print_calibration.py" line="127"/>
        <source>Line spacing (mm)</source>
        <translation>লাইনের ফাঁক (মিমি)</translation>
    </message>
    <message>
        <location filename="../ui/views/print_calibration.py" line="128"/>
        <source>First line from the top (mm)</source>
        <translation>উপর থেকে প্রথম লাইন (মিমি)</translation>
    </message>
    <message>
        <location filename="../ui/views/print_calibration.py" line="128"/>
        <source>Left edge (mm)</source>
        <translation>বাঁ দিকের কিনারা (মিমি)</translation>
    </message>
    <message>
        <location filename="../ui/views/print_calibration.py" line="131"/>
        <source>Print test page…</source>
        <translation>পরীক্ষার পৃষ্ঠা প্রিন্ট করুন…</translation>
    </message>
    <message>
        <location filename="../ui/views/print_calibration.py" line="132"/>
        <source>Save</source>
        <translation>সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../ui/views/print_calibration.py" line="133"/>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
</context>
<context>
    <name>print</name>
    <message>
        <location filename="../app/printing/labels.py" line="11"/>
        <source>Collection sheet</source>
        <translation>আদায় শিট</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="12"/>
        <source>Branch</source>
        <translation>শাখা</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="13"/>
        <source>Group</source>
        <translation>দল</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="14"/>
        <source>Village</source>
        <translation>গ্রাম</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="15"/>
        <source>Field officer</source>
        <translation>মাঠকর্মী</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="16"/>
        <source>Date</source>
        <translation>তারিখ</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="17"/>
        <source>Time</source>
        <translation>সময়</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="18"/>
        <source>Page {n} of {total}</source>
        <translation>পৃষ্ঠা {n} / {total}</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="19"/>
        <source>continued</source>
        <translation>আগের পৃষ্ঠার পর</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="20"/>
        <source>No.</source>
        <translation>ক্রম</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="21"/>
        <source>Member</source>
        <translation>সদস্য</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="22"/>
        <source>Loan no.</source>
        <translation>ঋণ নং</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="23"/>
        <source>Inst.</source>
        <translation>কিস্তি</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="24"/>
        <source>Due</source>
        <translation>প্রাপ্য</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="25"/>
        <source>Arrears</source>
        <translation>বকেয়া</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="26"/>
        <source>Advance</source>
        <translation>অগ্রিম</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="27"/>
        <source>Savings due</source>
        <translation>নির্ধারিত সঞ্চয়</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="28"/>
        <location filename="../app/printing/labels.py" line="42"/>
        <source>Loan balance</source>
        <translation>ঋণ স্থিতি</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="29"/>
        <source>Received</source>
        <translation>আদায়</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="30"/>
        <source>Savings</source>
        <translation>সঞ্চয়</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="31"/>
        <source>Attendance</source>
        <translation>হাজিরা</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="32"/>
        <source>Signature / thumb</source>
        <translation>স্বাক্ষর / টিপসই</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="33"/>
        <source>Total</source>
        <translation>মোট</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="34"/>
        <source>Field officer&apos;s signature</source>
        <translation>মাঠকর্মীর স্বাক্ষর</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="35"/>
        <source>Group leader&apos;s signature</source>
        <translation>দলনেত্রীর স্বাক্ষর</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="36"/>
        <source>Cash counted</source>
        <translation>গোনা নগদ</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="38"/>
        <source>Passbook</source>
        <translation>পাসবই</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="39"/>
        <source>Particulars</source>
        <translation>বিবরণ</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="40"/>
        <source>Paid in</source>
        <translation>জমা</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="41"/>
        <source>Paid out</source>
        <translation>প্রদান</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="43"/>
        <source>Savings balance</source>
        <translation>সঞ্চয় স্থিতি</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="44"/>
        <source>Nothing new to print in this passbook.</source>
        <translation>এই পাসবইয়ে প্রিন্ট করার মতো নতুন কিছু নেই।</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="45"/>
        <source>Printer calibration page</source>
        <translation>প্রিন্টারের মাপ মেলানোর পৃষ্ঠা</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="46"/>
        <source>Measure how far each cross is from the first and last line of the passbook and enter it in millimetres.</source>
        <translation>পাসবইয়ের প্রথম ও শেষ লাইন থেকে প্রতিটি ক্রস চিহ্ন কত দূরে তা মেপে মিলিমিটারে লিখুন।</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="49"/>
        <source>Line {n}</source>
        <translation>লাইন {n}</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="50"/>
        <source>Loan disbursed</source>
        <translation>ঋণ বিতরণ</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="51"/>
        <source>Installment paid</source>
        <translation>কিস্তি পরিশোধ</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="52"/>
        <source>Savings deposit</source>
        <translation>সঞ্চয় জমা</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="53"/>
        <source>Savings withdrawal</source>
        <translation>সঞ্চয় উত্তোলন</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="54"/>
        <source>Savings interest</source>
        <translation>সঞ্চয়ের সুদ</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="55"/>
        <source>Fee</source>
        <translation>ফি</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="56"/>
        <source>Insurance</source>
        <translation>বীমা</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="57"/>
        <source>Penalty</source>
        <translation>জরিমানা</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="58"/>
        <source>Write-off</source>
        <translation>রাইট-অফ</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="59"/>
        <source>Recovery</source>
        <translation>রাইট-অফ করা ঋণ আদায়</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="60"/>
        <source>Insurance claim</source>
        <translation>বীমা দাবি</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="61"/>
        <source>Reversal</source>
        <translation>সংশোধনী এন্ট্রি</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="63"/>
        <source>Loan card</source>
        <translation>ঋণ কার্ড</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="64"/>
        <source>Key Fact Statement (KFS)</source>
        <translation>মূল তথ্য বিবরণী (KFS)</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="65"/>
        <source>Money receipt</source>
        <translation>টাকার রসিদ</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="66"/>
        <source>Loan closure certificate</source>
        <translation>ঋণ সমাপ্তির শংসাপত্র</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="67"/>
        <source>Page {n}</source>
        <translation>পৃষ্ঠা {n}</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="68"/>
        <source>Borrower</source>
        <translation>ঋণগ্রহীতা</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="69"/>
        <source>Loan product</source>
        <translation>ঋণ প্রকল্প</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="70"/>
        <source>Principal</source>
        <translation>আসল</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="71"/>
        <source>Interest</source>
        <translation>সুদ</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="72"/>
        <source>Loan amount</source>
        <translation>ঋণের পরিমাণ</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="73"/>
        <source>Interest rate (per year)</source>
        <translation>সুদের হার (বার্ষিক)</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="74"/>
        <source>Disbursed on</source>
        <translation>বিতরণের তারিখ</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="75"/>
        <source>Closed on</source>
        <translation>সমাপ্তির তারিখ</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="76"/>
        <source>Due date</source>
        <translation>কিস্তির তারিখ</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="77"/>
        <source>Installment</source>
        <translation>কিস্তি</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="78"/>
        <source>Number of installments</source>
        <translation>কিস্তির সংখ্যা</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="79"/>
        <source>Repayment schedule</source>
        <translation>কিস্তির তালিকা</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="80"/>
        <source>Repayments</source>
        <translation>পরিশোধ</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="81"/>
        <source>Amount</source>
        <translation>টাকার পরিমাণ</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="82"/>
        <source>Paid on</source>
        <translation>পরিশোধের তারিখ</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="83"/>
        <source>reversed</source>
        <translation>সংশোধনী এন্ট্রি হয়েছে</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="84"/>
        <source>Fees deducted</source>
        <translation>কেটে রাখা ফি</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="85"/>
        <source>Compulsory savings deducted</source>
        <translation>কেটে রাখা বাধ্যতামূলক সঞ্চয়</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="86"/>
        <source>Amount paid to you</source>
        <translation>আপনি হাতে পাবেন</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="87"/>
        <source>First and last installment</source>
        <translation>প্রথম ও শেষ কিস্তি</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="88"/>
        <source>Total interest</source>
        <translation>মোট সুদ</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="89"/>
        <source>Total to repay (with fees)</source>
        <translation>মোট পরিশোধ (ফি সহ)</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="90"/>
        <source>Annual percentage rate (APR, all charges)</source>
        <translation>বার্ষিক শতকরা হার (APR, সব খরচ ধরে)</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="91"/>
        <source>Prepayment penalty</source>
        <translation>অগ্রিম পরিশোধের জরিমানা</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="92"/>
        <source>none</source>
        <translation>নেই</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="93"/>
        <source>Penalty on overdue amount</source>
        <translation>বকেয়ার উপর জরিমানা</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="94"/>
        <source>Complaints (grievance contact)</source>
        <translation>অভিযোগ জানাতে যোগাযোগ</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="95"/>
        <source>Borrower&apos;s signature / thumb</source>
        <translation>ঋণগ্রহীতার স্বাক্ষর / টিপসই</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="96"/>
        <source>Branch manager&apos;s signature</source>
        <translation>শাখা ব্যবস্থাপকের স্বাক্ষর</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="97"/>
        <source>Cashier&apos;s signature</source>
        <translation>ক্যাশিয়ারের স্বাক্ষর</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="98"/>
        <source>Receipt no.</source>
        <translation>রসিদ নং</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="99"/>
        <source>Received from</source>
        <translation>যাঁর কাছ থেকে</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="100"/>
        <source>For</source>
        <translation>বাবদ</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="101"/>
        <source>Account</source>
        <translation>হিসাব</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="102"/>
        <source>Received by</source>
        <translation>গ্রহণকারী</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="103"/>
        <source>This is to certify that loan {loan_no} of {name} has been repaid in full and closed on {closed_on}. Nothing more is due on this loan.</source>
        <translation>এই মর্মে প্রত্যয়ন করা হচ্ছে যে {name}-এর {loan_no} নম্বর ঋণ সম্পূর্ণ পরিশোধ হয়েছে এবং {closed_on} তারিখে বন্ধ করা হয়েছে। এই ঋণে আর কিছু প্রাপ্য নেই।</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="107"/>
        <source>Portfolio report (PAR)</source>
        <translation>ঋণ পোর্টফোলিও রিপোর্ট (PAR)</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="108"/>
        <source>Demand–collection–balance (DCB)</source>
        <translation>প্রাপ্য–আদায়–স্থিতি (DCB)</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="109"/>
        <source>As of</source>
        <translation>তারিখ পর্যন্ত</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="110"/>
        <source>Active loans</source>
        <translation>চলতি ঋণ</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="111"/>
        <source>Borrowers</source>
        <translation>ঋণগ্রহীতা</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="112"/>
        <source>Outstanding</source>
        <translation>ঋণ স্থিতি</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="113"/>
        <source>Overdue</source>
        <translation>বকেয়া</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="114"/>
        <source>Portfolio at risk, 1 day (PAR 1)</source>
        <translation>ঝুঁকিপূর্ণ ঋণ, ১ দিন (PAR 1)</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="115"/>
        <source>Portfolio at risk, 30 days (PAR 30)</source>
        <translation>ঝুঁকিপূর্ণ ঋণ, ৩০ দিন (PAR 30)</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="116"/>
        <source>Portfolio at risk, 90 days (PAR 90)</source>
        <translation>ঝুঁকিপূর্ণ ঋণ, ৯০ দিন (PAR 90)</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="117"/>
        <source>Ageing of overdue loans</source>
        <translation>বকেয়ার বয়স অনুযায়ী ঋণ</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="118"/>
        <source>Days overdue</source>
        <translation>বকেয়ার দিন</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="119"/>
        <source>Loans</source>
        <translation>ঋণ</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="120"/>
        <source>Not overdue</source>
        <translation>বকেয়া নেই</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="121"/>
        <source>1–30 days</source>
        <translation>১–৩০ দিন</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="122"/>
        <source>31–60 days</source>
        <translation>৩১–৬০ দিন</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="123"/>
        <source>61–90 days</source>
        <translation>৬১–৯০ দিন</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="124"/>
        <source>91–180 days</source>
        <translation>৯১–১৮০ দিন</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="125"/>
        <source>More than 180 days</source>
        <translation>১৮০ দিনের বেশি</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="126"/>
        <source>Period</source>
        <translation>সময়কাল</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="127"/>
        <source>Demand</source>
        <translation>প্রাপ্য</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="128"/>
        <source>Collection</source>
        <translation>আদায়</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="129"/>
        <source>Balance (not collected)</source>
        <translation>স্থিতি (আদায় হয়নি)</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="130"/>
        <source>Collection rate</source>
        <translation>আদায়ের হার</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="131"/>
        <source>No meetings on {date}: there is no collection sheet to print.</source>
        <translation>{date}-এ কোনো সভা নেই: প্রিন্ট করার মতো আদায় শিট নেই।</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="133"/>
        <source>Cash book</source>
        <translation>ক্যাশ বই</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="134"/>
        <source>Opening cash</source>
        <translation>প্রারম্ভিক নগদ</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="135"/>
        <source>Closing cash</source>
        <translation>সমাপনী নগদ</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="136"/>
        <source>not yet closed</source>
        <translation>এখনও বন্ধ হয়নি</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="137"/>
        <source>Entry</source>
        <translation>বিবরণ</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="138"/>
        <source>Staff</source>
        <translation>কর্মী</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="139"/>
        <source>Receipts</source>
        <translation>জমা (প্রাপ্তি)</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="140"/>
        <source>Payments</source>
        <translation>প্রদান</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="141"/>
        <source>Cash by meeting</source>
        <translation>সভা অনুযায়ী নগদ</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="142"/>
        <source>Net cash</source>
        <translation>নিট নগদ</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="143"/>
        <source>Funds, bank transfers and expenses</source>
        <translation>তহবিল, ব্যাংক স্থানান্তর ও খরচ</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="144"/>
        <source>Reference</source>
        <translation>সূত্র</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="145"/>
        <source>Fund received</source>
        <translation>তহবিল এসেছে</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="146"/>
        <source>Cash sent</source>
        <translation>নগদ পাঠানো</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="147"/>
        <source>Accountant&apos;s signature</source>
        <translation>হিসাবরক্ষকের স্বাক্ষর</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="148"/>
        <source>Expense</source>
        <translation>খরচ</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="149"/>
        <source>Fund from head office / bank</source>
        <translation>প্রধান কার্যালয় / ব্যাংক থেকে তহবিল</translation>
    </message>
    <message>
        <location filename="../app/printing/labels.py" line="150"/>
        <source>Sent to bank / head office</source>
        <translation>ব্যাংক / প্রধান কার্যালয়ে পাঠানো</translation>
    </message>
</context>
</TS>

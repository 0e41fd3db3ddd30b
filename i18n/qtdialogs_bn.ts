<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_IN" sourcelanguage="en">
<!-- Qt's own dialogs (file, print, page setup, message and input boxes, text context menus),
     which PySide6 ships no Bengali for; FileColumns is ui/std_dialogs.py's file list. The sources are Qt 6's texts exactly (context, text,
     disambiguation), as Qt asks for them at run time; lupdate cannot extract them, so this file
     is kept by hand. The standard buttons (QPlatformTheme) are in qtbase_bn.ts. -->
<context>
    <name>FileColumns</name>
    <message>
        <source>{n} bytes</source>
        <translation>{n} বাইট</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} কিলোবাইট</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} মেগাবাইট</translation>
    </message>
    <message>
        <source>{n} GB</source>
        <translation>{n} গিগাবাইট</translation>
    </message>
    <message>
        <source>{n} TB</source>
        <translation>{n} টেরাবাইট</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>ড্রাইভ</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>ফোল্ডার</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ফাইল</translation>
    </message>
    <message>
        <source>%1 File</source>
        <comment>%1 is a file name suffix, for example txt</comment>
        <translation>%1 ফাইল</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>সব বেছে নিন (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>এক ধাপ বাড়ান (&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>এক ধাপ কমান (&amp;D)</translation>
    </message>
</context>
<context>
    <name>QAbstractPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>প্রিন্ট করুন</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>&amp;Billing information:</source>
        <translation>বিলের তথ্য (&amp;B):</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <comment>Banner page at end</comment>
        <translation>শেষে (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <comment>Banner page at start</comment>
        <translation>শুরুতে (&amp;S):</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>ব্যানার পৃষ্ঠা</translation>
    </message>
    <message>
        <source>Classified</source>
        <comment>CUPS Banner page</comment>
        <translation>গোপনীয়</translation>
    </message>
    <message>
        <source>Confidential</source>
        <comment>CUPS Banner page</comment>
        <translation>গোপন</translation>
    </message>
    <message>
        <source>Secret</source>
        <comment>CUPS Banner page</comment>
        <translation>অতি গোপন</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <comment>CUPS Banner page</comment>
        <translation>সর্বোচ্চ গোপন</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <comment>CUPS Banner page</comment>
        <translation>গোপন নয়</translation>
    </message>
    <message>
        <source>None</source>
        <comment>CUPS Banner page</comment>
        <translation>কোনোটি নয়</translation>
    </message>
    <message>
        <source>Standard</source>
        <comment>CUPS Banner page</comment>
        <translation>সাধারণ</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>দিনে (০৬:০০ থেকে ১৭:৫৯)</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>রাতে (১৮:০০ থেকে ০৫:৫৯)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>দ্বিতীয় পালা (১৬:০০ থেকে ২৩:৫৯)</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>তৃতীয় পালা (০০:০০ থেকে ০৭:৫৯)</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>সপ্তাহান্তে (শনিবার থেকে রবিবার)</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>আটকে রাখুন</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>এখনই প্রিন্ট করুন</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>নির্দিষ্ট সময়ে</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>কাজ</translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation>কাজের অগ্রাধিকার (&amp;P):</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>কাজের নিয়ন্ত্রণ</translation>
    </message>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>কখন প্রিন্ট হবে (&amp;P):</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Choose</source>
        <translation>বেছে নিন (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>মুছে ফেলুন (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>যেখানে খুঁজবেন (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>নতুন ফোল্ডার (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>খুলুন (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>নাম বদলান (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>সংরক্ষণ করুন (&amp;S)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>সব ফাইল (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>সব ফাইল (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>পিছনে</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>সামনে</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>আগের ফোল্ডারে ফিরুন</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>পরের ফোল্ডারে যান</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>এক ধাপ উপরের ফোল্ডারে যান</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>উপরের ফোল্ডার</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>নতুন ফোল্ডার তৈরি করুন</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>একটি নতুন ফোল্ডার তৈরি করুন</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>বিস্তারিত তালিকা</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>সাধারণ তালিকা</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>বিস্তারিত তালিকা দেখান</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>সাধারণ তালিকা দেখান</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>ফোল্ডার</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>ফোল্ডার:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ফাইলের নাম (&amp;N):</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ফাইল</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ফাইলের ধরন (&amp;T):</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>ফাইলের ধরন:</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>জায়গা ও বুকমার্কের তালিকা</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>দেখান </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>লুকানো ফাইলও দেখান (&amp;H)</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>পাশের তালিকা</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>ফোল্ডার খুঁজুন</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>অন্য নামে সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>খুলুন</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>নতুন ফোল্ডার</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>সম্প্রতি দেখা জায়গা</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>আমার কম্পিউটার</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ড্রাইভ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ফাইল</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>ফোল্ডার</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>ফোল্ডার</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>অজানা</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>ফোল্ডারটি মুছে ফেলা গেল না।</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>‘%1’ সত্যিই মুছে ফেলবেন?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>‘%1’ বদলানো নিষেধ করা আছে।
তবুও মুছে ফেলবেন?</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 আগে থেকেই আছে।
এটির জায়গায় নতুনটি রাখবেন?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ফাইলটি পাওয়া গেল না।
ফাইলের নাম ঠিক লেখা হয়েছে কি না দেখুন।</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
ফোল্ডারটি পাওয়া গেল না।
ফোল্ডারের নাম ঠিক লেখা হয়েছে কি না দেখুন।</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>আকার</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>ধরন</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>শেষ বদলের তারিখ</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>কম্পিউটার</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>আমার কম্পিউটার</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 টেরাবাইট</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 গিগাবাইট</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 মেগাবাইট</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 কিলোবাইট</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 বাইট</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>ফাইলের নাম চলবে না</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;“%1” নামটি ব্যবহার করা যাবে না।&lt;/b&gt;&lt;p&gt;অন্য নাম দিন: আরও ছোট, বা যতিচিহ্ন ছাড়া।</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>একটি মান লিখুন:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>কপি করুন (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>পেস্ট করুন (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>আবার করুন (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>আগের অবস্থায় ফিরুন (&amp;U)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>কেটে নিন (&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>মুছে ফেলুন</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>সব বেছে নিন</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>বিস্তারিত দেখান…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>বিস্তারিত লুকান…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>সাহায্য</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt সম্পর্কে</translation>
    </message>
    <message>
        <source>Do not ask again</source>
        <translation>আর জিজ্ঞেস করবেন না</translation>
    </message>
</context>
<context>
    <name>QMimeType</name>
    <message>
        <source>PDF document</source>
        <translation>PDF নথি</translation>
    </message>
    <message>
        <source>Excel 2007 spreadsheet</source>
        <translation>এক্সেল স্প্রেডশিট</translation>
    </message>
    <message>
        <source>Excel spreadsheet</source>
        <translation>এক্সেল স্প্রেডশিট</translation>
    </message>
    <message>
        <source>CSV document</source>
        <translation>CSV নথি</translation>
    </message>
    <message>
        <source>Zip archive</source>
        <translation>জিপ ফাইল</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG ছবি</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG ছবি</translation>
    </message>
    <message>
        <source>JSON document</source>
        <translation>JSON নথি</translation>
    </message>
    <message>
        <source>plain text document</source>
        <translation>সাধারণ লেখার ফাইল</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>অজানা</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>ফোল্ডার</translation>
    </message>
</context>
<context>
    <name>QPageSetupDialog</name>
    <message>
        <source>Page Setup</source>
        <translation>পৃষ্ঠার সেটিং</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Cicero (CC)</source>
        <translation>সিসেরো (CC)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>নিজের মাপ</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>দিদো (DD)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>ফর্ম</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>উচ্চতা:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>প্রস্থ:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>ইঞ্চি</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>মিলিমিটার</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>পয়েন্ট</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>পাইকা</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>আড়াআড়ি</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>লম্বালম্বি</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>উল্টো আড়াআড়ি</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>উল্টো লম্বালম্বি</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>মার্জিন</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>কাগজ কোন দিকে</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>পৃষ্ঠার ক্রম (&amp;O):</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>পৃষ্ঠার বিন্যাস</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>পৃষ্ঠার মাপ:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>প্রতি কাগজে পৃষ্ঠা (&amp;P):</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>কাগজ</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>কাগজ কোথা থেকে:</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>নিচের মার্জিন</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>বাঁ দিকের মার্জিন</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>ডান দিকের মার্জিন</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>উপরের মার্জিন</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>মিমি</translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <source>Custom</source>
        <translation>নিজের মাপ</translation>
    </message>
    <message>
        <source>%1 x %2 in</source>
        <translation>%1 × %2 ইঞ্চি</translation>
    </message>
    <message>
        <source>Letter / ANSI A</source>
        <translation>লেটার</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>লিগ্যাল</translation>
    </message>
    <message>
        <source>Executive (7.5 x 10 in)</source>
        <translation>এক্সিকিউটিভ (৭.৫ × ১০ ইঞ্চি)</translation>
    </message>
    <message>
        <source>Executive (7.25 x 10.5 in)</source>
        <translation>এক্সিকিউটিভ (৭.২৫ × ১০.৫ ইঞ্চি)</translation>
    </message>
    <message>
        <source>Tabloid / ANSI B</source>
        <translation>ট্যাবলয়েড</translation>
    </message>
    <message>
        <source>Ledger / ANSI B</source>
        <translation>লেজার</translation>
    </message>
    <message>
        <source>Folio (8.27 x 13 in)</source>
        <translation>ফোলিও (৮.২৭ × ১৩ ইঞ্চি)</translation>
    </message>
    <message>
        <source>Postcard</source>
        <translation>পোস্টকার্ড</translation>
    </message>
    <message>
        <source>Envelope DL</source>
        <translation>খাম DL</translation>
    </message>
    <message>
        <source>Envelope C5</source>
        <translation>খাম C5</translation>
    </message>
    <message>
        <source>Envelope US 10</source>
        <translation>খাম US 10</translation>
    </message>
    <message>
        <source>A0</source>
        <translation>এ০</translation>
    </message>
    <message>
        <source>A1</source>
        <translation>এ১</translation>
    </message>
    <message>
        <source>A2</source>
        <translation>এ২</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>এ৩</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>এ৪</translation>
    </message>
    <message>
        <source>A5</source>
        <translation>এ৫</translation>
    </message>
    <message>
        <source>A6</source>
        <translation>এ৬</translation>
    </message>
    <message>
        <source>A7</source>
        <translation>এ৭</translation>
    </message>
    <message>
        <source>A8</source>
        <translation>এ৮</translation>
    </message>
    <message>
        <source>A9</source>
        <translation>এ৯</translation>
    </message>
    <message>
        <source>A10</source>
        <translation>এ১০</translation>
    </message>
    <message>
        <source>B0</source>
        <translation>বি০</translation>
    </message>
    <message>
        <source>B1</source>
        <translation>বি১</translation>
    </message>
    <message>
        <source>B2</source>
        <translation>বি২</translation>
    </message>
    <message>
        <source>B3</source>
        <translation>বি৩</translation>
    </message>
    <message>
        <source>B4</source>
        <translation>বি৪</translation>
    </message>
    <message>
        <source>B5</source>
        <translation>বি৫</translation>
    </message>
    <message>
        <source>B6</source>
        <translation>বি৬</translation>
    </message>
    <message>
        <source>B7</source>
        <translation>বি৭</translation>
    </message>
    <message>
        <source>B8</source>
        <translation>বি৮</translation>
    </message>
    <message>
        <source>B9</source>
        <translation>বি৯</translation>
    </message>
    <message>
        <source>B10</source>
        <translation>বি১০</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>আরও বিকল্প (&amp;O) &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>কম বিকল্প (&amp;O) &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>প্রিন্ট করুন (&amp;P)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>প্রিন্ট করুন</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>১ (১×১)</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>২ (২×১)</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>৪ (২×২)</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>৬ (২×৩)</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>৯ (৩×৩)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>১৬ (৪×৪)</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>সব পৃষ্ঠা</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>বিজোড় পৃষ্ঠা</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>জোড় পৃষ্ঠা</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>বাঁ থেকে ডানে, উপর থেকে নিচে</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>বাঁ থেকে ডানে, নিচ থেকে উপরে</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>ডান থেকে বাঁয়ে, নিচ থেকে উপরে</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>ডান থেকে বাঁয়ে, উপর থেকে নিচে</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>নিচ থেকে উপরে, বাঁ থেকে ডানে</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>নিচ থেকে উপরে, ডান থেকে বাঁয়ে</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>উপর থেকে নিচে, বাঁ থেকে ডানে</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>উপর থেকে নিচে, ডান থেকে বাঁয়ে</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>এই কম্পিউটারের ফাইল</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>PDF ফাইল তৈরি করুন</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>ফাইলে প্রিন্ট করুন (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>ফাইলে প্রিন্ট করুন …</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>পৃষ্ঠার নম্বর ঠিক নেই</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 ঠিকভাবে লেখা হয়নি। পৃষ্ঠা আলাদা করতে ‘,’ আর পৃষ্ঠা থেকে পৃষ্ঠা বোঝাতে ‘-’ লিখুন; একই পৃষ্ঠা যেন দুই ভাগে না পড়ে।</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>দুই পাশে প্রিন্টের সেটিং মিলছে না</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>দুই পাশে প্রিন্টের সেটিং মিলছে না। ঠিক করবেন?</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>‘প্রতি কাগজে পৃষ্ঠা’ আর ‘কোন পৃষ্ঠাগুলো’ একসঙ্গে চলে না।
একটি বন্ধ করুন।</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 একটি ফোল্ডার।
অন্য একটি ফাইলের নাম দিন।</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>%1 ফাইলে লেখা যায় না।
অন্য একটি ফাইলের নাম দিন।</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 আগে থেকেই আছে।
এটির উপরে লিখবেন?</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>‘থেকে’ পৃষ্ঠা ‘পর্যন্ত’ পৃষ্ঠার চেয়ে বড় হতে পারে না।</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Page Setup</source>
        <translation>পৃষ্ঠার সেটিং</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>পৃষ্ঠার সেটিং</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>প্রথম পৃষ্ঠা</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>শেষ পৃষ্ঠা</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>পরের পৃষ্ঠা</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>আগের পৃষ্ঠা</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>পুরো পৃষ্ঠা দেখান</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>পৃষ্ঠার প্রস্থ জুড়ে দেখান</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>আড়াআড়ি</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>লম্বালম্বি</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>প্রিন্ট করুন</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>প্রিন্টের আগে দেখুন</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>পাশাপাশি দুই পৃষ্ঠা দেখান</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>সব পৃষ্ঠা একসঙ্গে দেখান</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>একটি করে পৃষ্ঠা দেখান</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>বড় করুন</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ছোট করুন</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>প্রিন্টারের বৈশিষ্ট্য</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>কাজের বিকল্প</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>পৃষ্ঠার সেটিং মিলছে না</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>পৃষ্ঠার কয়েকটি সেটিং একে অন্যের সঙ্গে মিলছে না। ঠিক করবেন?</translation>
    </message>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>বাড়তি সেটিং মিলছে না</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>কয়েকটি বাড়তি সেটিং একে অন্যের সঙ্গে মিলছে না। ঠিক করবেন?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Form</source>
        <translation>ফর্ম</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>পৃষ্ঠা</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>বাড়তি সেটিং</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>কয়েকটি সেটিং একে অন্যের সঙ্গে মিলছে না। ঠিক করুন।</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation>কপি অনুযায়ী সাজান</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>রঙিন</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>রং</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>কপি</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>কপি:</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>এই পৃষ্ঠা</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>কাগজের দুই পাশে প্রিন্ট</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>ফর্ম</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>সাদা-কালো</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>লম্বা দিকে বাঁধাই</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>চওড়া দিকে বাঁধাই</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>বন্ধ</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>বিকল্প</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>প্রিন্টের সেটিং</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>কোন পৃষ্ঠাগুলো (&amp;S):</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>পৃষ্ঠা</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>পৃষ্ঠা</translation>
    </message>
    <message>
        <source>to</source>
        <translation>থেকে</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>সব প্রিন্ট করুন</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>কোন পৃষ্ঠা</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>উল্টো ক্রমে</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>বেছে নেওয়া অংশ</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>পৃষ্ঠার নম্বর কমা দিয়ে আলাদা করে লিখুন; কয়েকটি পরপর পৃষ্ঠা হলে দুটি নম্বরের মাঝে হাইফেন। যেমন ৩,৫-৭,৯ লিখলে ৩, ৫, ৬, ৭ ও ৯ নম্বর পৃষ্ঠা প্রিন্ট হবে।</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>নাম (&amp;N):</translation>
    </message>
    <message>
        <source>...</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>ফর্ম</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>কোথায়:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>যে ফাইলে লিখবে (&amp;F):</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>বৈশিষ্ট্য (&amp;R)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>আগে দেখুন</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>প্রিন্টার</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>ধরন:</translation>
    </message>
</context>
<context>
    <name>QSidebar</name>
    <message>
        <source>Remove</source>
        <translation>তালিকা থেকে সরান</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>বাঁয়ে সরান</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>ডানে সরান</translation>
    </message>
</context>
<context>
    <name>QUnixPrintWidget</name>
    <message>
        <source>Print</source>
        <translation>প্রিন্ট করুন</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>কপি করুন (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>পেস্ট করুন (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>আবার করুন (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>আগের অবস্থায় ফিরুন (&amp;U)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>কেটে নিন (&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>মুছে ফেলুন</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>সব বেছে নিন</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>লিংকের ঠিকানা কপি করুন (&amp;L)</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; পেছনে (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>পরবর্তী (&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>পরবর্তী (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>শেষ করুন (&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>নিশ্চিত করুন</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>সাহায্য (&amp;H)</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>পেছনে যান</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>এগিয়ে যান</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>সম্পন্ন</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>সাহায্য</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_IN">
<context>
    <name></name>
    <message>
        <location filename="../app/sync/outbox.py" line="143"/>
        <source>Head office is at epoch {hq}, this branch database at {local}. Was it restored from a backup? Start a new epoch.</source>
        <translation>প্রধান কার্যালয় পর্ব {hq}-এ আছে, এই শাখার ডেটাবেস পর্ব {local}-এ। এটি কি ব্যাকআপ থেকে ফেরানো হয়েছে? নতুন পর্ব শুরু করুন।</translation>
    </message>
    <message>
        <location filename="../app/sync/outbox.py" line="149"/>
        <source>Head office has fewer events ({hq}) than it acknowledged before ({local}). Call head office.</source>
        <translation>প্রধান কার্যালয় আগে যত এন্ট্রির প্রাপ্তিস্বীকার করেছিল ({local}), এখন তার চেয়ে কম এন্ট্রি ({hq}) আছে। প্রধান কার্যালয়ে ফোন করুন।</translation>
    </message>
    <message>
        <location filename="../app/sync/outbox.py" line="158"/>
        <source>Head office already holds events up to number {hq}, but this branch database stops at {local}: it was probably restored from an old backup. Start a new epoch to continue.</source>
        <translation>প্রধান কার্যালয়ে {hq} নম্বর পর্যন্ত এন্ট্রি আছে, কিন্তু এই শাখার ডেটাবেস {local}-এ থেমে আছে: সম্ভবত পুরোনো ব্যাকআপ থেকে ফেরানো হয়েছে। চালিয়ে যেতে নতুন পর্ব শুরু করুন।</translation>
    </message>
    <message>
        <location filename="../app/sync/outbox.py" line="163"/>
        <source>Event {seq} at head office differs from this branch&apos;s (restored from an old backup?). Start a new epoch to continue.</source>
        <translation>প্রধান কার্যালয়ের {seq} নম্বর এন্ট্রি এই শাখার এন্ট্রি থেকে আলাদা (পুরোনো ব্যাকআপ থেকে ফেরানো?)। চালিয়ে যেতে নতুন পর্ব শুরু করুন।</translation>
    </message>
    <message>
        <location filename="../app/sync/outbox.py" line="202"/>
        <source>Head office&apos;s new epoch answers a request from epoch {theirs}, but this branch database is at epoch {local}.</source>
        <translation>প্রধান কার্যালয়ের নতুন পর্বটি পর্ব {theirs}-এর অনুরোধের উত্তর, কিন্তু এই শাখার ডেটাবেস পর্ব {local}-এ আছে।</translation>
    </message>
    <message>
        <location filename="../app/sync/client.py" line="158"/>
        <source>Head office refused this branch&apos;s events: {reason}. This database may have been restored from an old backup; start a new epoch.</source>
        <translation>প্রধান কার্যালয় এই শাখার এন্ট্রি নেয়নি: {reason}। ডেটাবেসটি হয়তো পুরোনো ব্যাকআপ থেকে ফেরানো; নতুন পর্ব শুরু করুন।</translation>
    </message>
    <message>
        <location filename="../app/sync/client.py" line="163"/>
        <source>Head office refused the upload: {reason}</source>
        <translation>প্রধান কার্যালয় পাঠানো তথ্য নেয়নি: {reason}</translation>
    </message>
    <message>
        <location filename="../app/sync/client.py" line="66"/>
        <source>Head office cannot be reached or did not answer ({detail}). Nothing is lost: what waits here goes at the next sync. Check the internet connection and head office&apos;s address.</source>
        <translation>প্রধান কার্যালয়ের সঙ্গে যোগাযোগ হচ্ছে না বা উত্তর আসেনি ({detail})। কিছুই হারায়নি: যা এখানে অপেক্ষায় আছে তা পরের সিঙ্কে যাবে। ইন্টারনেট সংযোগ আর প্রধান কার্যালয়ের ঠিকানা দেখে নিন।</translation>
    </message>
    <message>
        <location filename="../app/sync/client.py" line="69"/>
        <source>Head office had an error and has been told ({detail}). Nothing is lost: what waits here goes at the next sync. Nothing needs to be done here.</source>
        <translation>প্রধান কার্যালয়ে একটি ত্রুটি হয়েছে, তাদের জানানো হয়েছে ({detail})। কিছুই হারায়নি: যা এখানে অপেক্ষায় আছে তা পরের সিঙ্কে যাবে। এখানে কিছু করার দরকার নেই।</translation>
    </message>
    <message>
        <location filename="../app/sync/client.py" line="88"/>
        <source>Head office no longer accepts this computer&apos;s device key (revoked or replaced). Ask head office for a new enrolment file and enrol again (shakha enrol FILE).</source>
        <translation>প্রধান কার্যালয় এই কম্পিউটারের যন্ত্রের চাবি আর গ্রহণ করে না (বাতিল বা বদলানো হয়েছে)। প্রধান কার্যালয়ের কাছে নতুন নিবন্ধন ফাইল চেয়ে আবার নিবন্ধন করুন (shakha enrol FILE)।</translation>
    </message>
    <message>
        <location filename="../app/sync/client.py" line="148"/>
        <source>Head office does not accept this computer&apos;s device key for branch {branch}. Ask head office for a new enrolment file and enrol again (shakha enrol FILE).</source>
        <translation>প্রধান কার্যালয় শাখা {branch}-এর জন্য এই কম্পিউটারের যন্ত্রের চাবি গ্রহণ করে না। প্রধান কার্যালয়ের কাছে নতুন নিবন্ধন ফাইল চেয়ে আবার নিবন্ধন করুন (shakha enrol FILE)।</translation>
    </message>
    <message>
        <location filename="../app/sync/client.py" line="205"/>
        <source>Sync cancelled; it will continue next time.</source>
        <translation>সিঙ্ক বাতিল হয়েছে; পরের বার যেখানে থেমেছে সেখান থেকে চলবে।</translation>
    </message>
    <message>
        <location filename="../app/sync/bundle.py" line="197"/>
        <location filename="../app/sync/bundle.py" line="236"/>
        <location filename="../app/sync/bundle.py" line="247"/>
        <source>The receipt cannot be used: {error}</source>
        <translation>প্রাপ্তিস্বীকার ফাইলটি ব্যবহার করা যাচ্ছে না: {error}</translation>
    </message>
    <message>
        <location filename="../app/sync/bundle.py" line="201"/>
        <source>This receipt is for another branch.</source>
        <translation>এই প্রাপ্তিস্বীকার ফাইলটি অন্য শাখার।</translation>
    </message>
    <message>
        <location filename="../app/sync/reference.py" line="36"/>
        <source>The payload must be a JSON object.</source>
        <translation>পেলোড একটি JSON অবজেক্ট হতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/sync/reference.py" line="61"/>
        <source>A bureau answer cannot be used: {error}</source>
        <translation>ক্রেডিট ব্যুরোর উত্তরটি ব্যবহার করা যাচ্ছে না: {error}</translation>
    </message>
    <message>
        <location filename="../app/sync/reference.py" line="68"/>
        <source>The payload needs {names}.</source>
        <translation>পেলোডে {names} থাকা দরকার।</translation>
    </message>
    <message>
        <location filename="../app/sync/reference.py" line="149"/>
        <source>Head office sent reference data this branch cannot use ({error}); nothing was applied.</source>
        <translation>প্রধান কার্যালয় এমন তথ্য পাঠিয়েছে যা এই শাখা ব্যবহার করতে পারে না ({error}); কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <location filename="../app/headoffice/devices.py" line="72"/>
        <source>Head office&apos;s address starts with http:// or https://</source>
        <translation>প্রধান কার্যালয়ের ঠিকানা http:// বা https:// দিয়ে শুরু হয়</translation>
    </message>
    <message>
        <location filename="../app/commands/sync.py" line="36"/>
        <source>Only `shakha sync import-receipt` takes a file name: {file}</source>
        <translation>শুধু `shakha sync import-receipt` একটি ফাইলের নাম নেয়: {file}</translation>
    </message>
    <message>
        <location filename="../app/commands/sync.py" line="39"/>
        <source>--timeout is a number of seconds above 0.</source>
        <translation>--timeout ০-এর বেশি সেকেন্ডের সংখ্যা।</translation>
    </message>
    <message>
        <location filename="../app/commands/sync.py" line="41"/>
        <source>--retries is a number, 0 or more.</source>
        <translation>--retries একটি সংখ্যা, ০ বা তার বেশি।</translation>
    </message>
    <message>
        <location filename="../app/commands/enrol.py" line="59"/>
        <location filename="../app/commands/sync.py" line="55"/>
        <source>Give head office&apos;s address with --hq URL.</source>
        <translation>--hq URL দিয়ে প্রধান কার্যালয়ের ঠিকানা দিন।</translation>
    </message>
    <message>
        <location filename="../app/commands/sync.py" line="88"/>
        <source>Give the bundle file with --out FILE.</source>
        <translation>--out FILE দিয়ে বান্ডেল ফাইল দিন।</translation>
    </message>
    <message>
        <location filename="../app/commands/sync.py" line="119"/>
        <source>Give the receipt file.</source>
        <translation>প্রাপ্তিস্বীকার ফাইলটি দিন।</translation>
    </message>
    <message>
        <location filename="../app/commands/sync.py" line="127"/>
        <source>{problem} By USB stick: `shakha sync export --new-epoch --out FILE` asks head office for the new epoch.</source>
        <translation>{problem} ইউএসবি স্টিকে: `shakha sync export --new-epoch --out FILE` প্রধান কার্যালয়ের কাছে নতুন পর্ব চায়।</translation>
    </message>
    <message>
        <location filename="../app/commands/hq.py" line="26"/>
        <source>Give the head-office database with --db URL, e.g. postgresql://user@host/dbname</source>
        <translation>--db URL দিয়ে প্রধান কার্যালয়ের ডেটাবেস দিন, যেমন postgresql://user@host/dbname</translation>
    </message>
    <message>
        <location filename="../app/commands/hq.py" line="37"/>
        <source>Branch {code} is not registered at head office (shakha hq enrol).</source>
        <translation>শাখা {code} প্রধান কার্যালয়ে নিবন্ধিত নয় (shakha hq enrol)।</translation>
    </message>
    <message>
        <location filename="../app/commands/hq.py" line="121"/>
        <source>The enrolment reply was refused: {reason}</source>
        <translation>নিবন্ধনের উত্তর নেওয়া হয়নি: {reason}</translation>
    </message>
    <message>
        <location filename="../app/commands/hq.py" line="142"/>
        <source>Give both --tls-cert FILE and --tls-key FILE.</source>
        <translation>--tls-cert FILE ও --tls-key FILE দুটোই দিন।</translation>
    </message>
    <message>
        <location filename="../app/commands/hq.py" line="145"/>
        <source>Give either --tls-cert/--tls-key or --behind-tls-proxy, not both.</source>
        <translation>হয় --tls-cert/--tls-key দিন, নয়তো --behind-tls-proxy — দুটো একসঙ্গে নয়।</translation>
    </message>
    <message>
        <location filename="../app/commands/hq.py" line="150"/>
        <source>Head office serves plain HTTP only on this computer (127.0.0.1). To serve {host}, give --tls-cert FILE --tls-key FILE, or --behind-tls-proxy when a TLS proxy in front of it takes the connections.</source>
        <translation>প্রধান কার্যালয় সাধারণ HTTP শুধু এই কম্পিউটারেই (127.0.0.1) চালায়। {host}-এ চালাতে --tls-cert FILE --tls-key FILE দিন, অথবা সামনে একটি TLS প্রক্সি সংযোগ নিলে --behind-tls-proxy দিন।</translation>
    </message>
    <message>
        <location filename="../app/commands/hq.py" line="170"/>
        <source>--port is a number from 1 to 65535.</source>
        <translation>--port ১ থেকে ৬৫৫৩৫-এর মধ্যে একটি সংখ্যা।</translation>
    </message>
    <message>
        <location filename="../app/commands/hq.py" line="183"/>
        <source>Cannot listen on {host} port {port}: {error}</source>
        <translation>{host} পোর্ট {port}-এ শোনা যাচ্ছে না: {error}</translation>
    </message>
    <message>
        <location filename="../app/commands/hq.py" line="202"/>
        <source>The chain of branch {code} is broken.</source>
        <translation>শাখা {code}-এর এন্ট্রির শৃঙ্খল ভাঙা।</translation>
    </message>
    <message>
        <location filename="../app/commands/hq.py" line="226"/>
        <source>--days is a number of days, from 0 to 36500.</source>
        <translation>--days দিনের সংখ্যা, ০ থেকে ৩৬৫০০।</translation>
    </message>
    <message>
        <location filename="../app/commands/hq.py" line="260"/>
        <location filename="../app/sync/reference.py" line="41"/>
        <source>Not a date (YYYY-MM-DD): {text}</source>
        <translation>তারিখ নয় (YYYY-MM-DD): {text}</translation>
    </message>
    <message>
        <location filename="../app/commands/hq.py" line="347"/>
        <source>The bundle was refused: {reason}. If the branch database was restored from an old backup, the branch asks for a new epoch with `shakha sync export --new-epoch --out FILE`; import that bundle here.</source>
        <translation>বান্ডেলটি নেওয়া হয়নি: {reason}। শাখার ডেটাবেস পুরোনো ব্যাকআপ থেকে ফেরানো হলে শাখা `shakha sync export --new-epoch --out FILE` দিয়ে নতুন পর্ব চাইবে; সেই বান্ডেলটি এখানে আমদানি করুন।</translation>
    </message>
    <message>
        <location filename="../app/commands/hq.py" line="381"/>
        <source>The head-office database is not set up yet: run shakha hq init --db URL first.</source>
        <translation>প্রধান কার্যালয়ের ডেটাবেস এখনও তৈরি হয়নি: আগে shakha hq init --db URL চালান।</translation>
    </message>
    <message>
        <location filename="../app/commands/hq.py" line="384"/>
        <source>Cannot use the head-office database: {reason}</source>
        <translation>প্রধান কার্যালয়ের ডেটাবেস ব্যবহার করা যাচ্ছে না: {reason}</translation>
    </message>
    <message>
        <location filename="../app/services/hq_requests.py" line="78"/>
        <source>Write what was done about the request.</source>
        <translation>অনুরোধটি নিয়ে কী করা হয়েছে তা লিখুন।</translation>
    </message>
    <message>
        <location filename="../app/services/hq_requests.py" line="80"/>
        <source>The answer is too long (at most {n} characters).</source>
        <translation>উত্তরটি খুব লম্বা (সর্বোচ্চ {n}টি অক্ষর)।</translation>
    </message>
    <message>
        <location filename="../app/services/hq_requests.py" line="85"/>
        <source>There is no request {request} from head office.</source>
        <translation>প্রধান কার্যালয় থেকে {request} নামে কোনো অনুরোধ নেই।</translation>
    </message>
    <message>
        <location filename="../app/services/hq_requests.py" line="89"/>
        <source>Request {request} was already answered.</source>
        <translation>অনুরোধ {request}-এর উত্তর আগেই দেওয়া হয়েছে।</translation>
    </message>
    <message>
        <location filename="../app/commands/__init__.py" line="35"/>
        <source>No staff member with number {id}.</source>
        <translation>{id} নম্বরের কোনো কর্মী নেই।</translation>
    </message>
    <message>
        <location filename="../app/commands/__init__.py" line="41"/>
        <source>{name} must be a date from {first} to {last}.</source>
        <translation>{name} {first} থেকে {last}-এর মধ্যে একটি তারিখ হতে হবে।</translation>
    </message>
    <message>
        <location filename="../app/commands/__init__.py" line="49"/>
        <source>File not found: {path}</source>
        <translation>ফাইল পাওয়া যায়নি: {path}</translation>
    </message>
    <message>
        <location filename="../app/commands/__init__.py" line="57"/>
        <location filename="../app/commands/hq.py" line="342"/>
        <location filename="../app/commands/sync.py" line="104"/>
        <source>Cannot write {path}: {error}</source>
        <translation>{path} লেখা যাচ্ছে না: {error}</translation>
    </message>
    <message>
        <location filename="../app/commands/__init__.py" line="60"/>
        <source>Cannot write {path}: the folder does not exist.</source>
        <translation>{path} লেখা যাচ্ছে না: ফোল্ডারটি নেই।</translation>
    </message>
    <message>
        <location filename="../app/commands/enrol.py" line="34"/>
        <source>Give either --hq URL (online) or --out FILE (USB), not both.</source>
        <translation>হয় --hq URL (অনলাইন) দিন, নয়তো --out FILE (ইউএসবি) — দুটো একসঙ্গে নয়।</translation>
    </message>
    <message>
        <location filename="../app/headoffice/devices.py" line="64"/>
        <source>{code} is not a branch code: use 2–20 capital letters A–Z, digits and hyphens (e.g. BJS-SHB).</source>
        <translation>{code} শাখার কোড নয়: ২–২০টি বড় হাতের অক্ষর A–Z, অঙ্ক ও হাইফেন দিন (যেমন BJS-SHB)।</translation>
    </message>
    <message>
        <location filename="../app/headoffice/devices.py" line="68"/>
        <source>Unknown policy profile {profile}: use one of {known}.</source>
        <translation>অজানা নীতি প্রোফাইল {profile}: এগুলোর একটি দিন: {known}।</translation>
    </message>
    <message>
        <location filename="../app/headoffice/devices.py" line="75"/>
        <source>An enrolment is valid for 1 to {most} days.</source>
        <translation>একটি নিবন্ধন ১ থেকে {most} দিন পর্যন্ত বৈধ থাকে।</translation>
    </message>
    <message>
        <location filename="../app/headoffice/devices.py" line="192"/>
        <source>Branch {code} is not registered at head office.</source>
        <translation>শাখা {code} প্রধান কার্যালয়ে নিবন্ধিত নয়।</translation>
    </message>
    <message>
        <location filename="../app/headoffice/keys.py" line="72"/>
        <source>Head office&apos;s key file {path} does not exist: `shakha hq init` creates it (or give it with --keys FILE).</source>
        <translation>প্রধান কার্যালয়ের চাবি ফাইল {path} নেই: `shakha hq init` এটি তৈরি করে (অথবা --keys FILE দিয়ে দিন)।</translation>
    </message>
    <message>
        <location filename="../app/headoffice/keys.py" line="75"/>
        <source>Cannot read head office&apos;s key file {path}: {error}</source>
        <translation>প্রধান কার্যালয়ের চাবি ফাইল {path} পড়া যাচ্ছে না: {error}</translation>
    </message>
    <message>
        <location filename="../app/headoffice/keys.py" line="80"/>
        <source>Head office&apos;s key file {path} can be read by other users of this computer. Only its owner may: chmod 600 {path}</source>
        <translation>প্রধান কার্যালয়ের চাবি ফাইল {path} এই কম্পিউটারের অন্য ব্যবহারকারীরাও পড়তে পারেন। শুধু এর মালিক পারবেন: chmod 600 {path}</translation>
    </message>
    <message>
        <location filename="../app/headoffice/keys.py" line="95"/>
        <source>{path} is not head office&apos;s key file.</source>
        <translation>{path} প্রধান কার্যালয়ের চাবি ফাইল নয়।</translation>
    </message>
    <message>
        <location filename="../app/headoffice/keys.py" line="177"/>
        <source>The key file {path} is not this head office&apos;s: its signing key is not the one this database was set up with.</source>
        <translation>চাবি ফাইল {path} এই প্রধান কার্যালয়ের নয়: এর স্বাক্ষরের চাবি এই ডেটাবেস যে চাবি দিয়ে তৈরি হয়েছিল সেটি নয়।</translation>
    </message>
    <message>
        <location filename="../app/sync/address.py" line="37"/>
        <source>Head office&apos;s address starts with https:// (e.g. https://hq.example.org).</source>
        <translation>প্রধান কার্যালয়ের ঠিকানা https:// দিয়ে শুরু হয় (যেমন https://hq.example.org)।</translation>
    </message>
    <message>
        <location filename="../app/sync/address.py" line="41"/>
        <source>Head office&apos;s address must start with https://: plain http:// would send the branch&apos;s data unencrypted (it is allowed only to this computer).</source>
        <translation>প্রধান কার্যালয়ের ঠিকানা https:// দিয়ে শুরু হতে হবে: সাধারণ http:// শাখার তথ্য এনক্রিপ্ট না করে পাঠাবে (শুধু এই কম্পিউটারের মধ্যে এটি চলে)।</translation>
    </message>
    <message>
        <location filename="../app/sync/device.py" line="28"/>
        <source>This branch is not enrolled with head office yet. Ask head office for an enrolment file and run `shakha enrol FILE`.</source>
        <translation>এই শাখা এখনও প্রধান কার্যালয়ে নিবন্ধিত হয়নি। প্রধান কার্যালয়ের কাছে নিবন্ধন ফাইল চেয়ে নিন এবং `shakha enrol FILE` চালান।</translation>
    </message>
    <message>
        <location filename="../app/sync/device.py" line="39"/>
        <source>This branch&apos;s device key is damaged. Ask head office for an enrolment file and enrol it again.</source>
        <translation>এই শাখার যন্ত্রের চাবি নষ্ট হয়ে গেছে। প্রধান কার্যালয়ের কাছে নিবন্ধন ফাইল চেয়ে নিয়ে আবার নিবন্ধন করুন।</translation>
    </message>
    <message>
        <location filename="../app/sync/device.py" line="100"/>
        <source>This computer&apos;s device key was enrolled for branch {key_branch}, but the database is branch {branch}.</source>
        <translation>এই কম্পিউটারের যন্ত্রের চাবি শাখা {key_branch}-এর জন্য নিবন্ধিত, কিন্তু ডেটাবেসটি শাখা {branch}-এর।</translation>
    </message>
    <message>
        <location filename="../app/sync/enrolment.py" line="91"/>
        <source>{path} is not an enrolment file from head office, or it is damaged.</source>
        <translation>{path} প্রধান কার্যালয়ের নিবন্ধন ফাইল নয়, অথবা এটি নষ্ট।</translation>
    </message>
    <message>
        <location filename="../app/sync/enrolment.py" line="101"/>
        <source>Cannot read {path}: {error}</source>
        <translation>{path} পড়া যাচ্ছে না: {error}</translation>
    </message>
    <message>
        <location filename="../app/sync/enrolment.py" line="137"/>
        <source>This database has no branch yet; create the branch {code} first.</source>
        <translation>এই ডেটাবেসে এখনও কোনো শাখা নেই; আগে শাখা {code} তৈরি করুন।</translation>
    </message>
    <message>
        <location filename="../app/sync/enrolment.py" line="140"/>
        <source>The enrolment file is for branch {file}, this database is branch {branch}.</source>
        <translation>নিবন্ধন ফাইলটি শাখা {file}-এর, কিন্তু এই ডেটাবেস শাখা {branch}-এর।</translation>
    </message>
    <message>
        <location filename="../app/sync/enrolment.py" line="144"/>
        <source>The enrolment file is for the policy profile {file}, this database uses {branch}.</source>
        <translation>নিবন্ধন ফাইলটি নীতি প্রোফাইল {file}-এর জন্য, কিন্তু এই ডেটাবেস {branch} ব্যবহার করে।</translation>
    </message>
    <message>
        <location filename="../app/sync/enrolment.py" line="148"/>
        <source>The enrolment file expired on {date}. Ask head office for a new one.</source>
        <translation>নিবন্ধন ফাইলটির মেয়াদ {date} তারিখে শেষ হয়েছে। প্রধান কার্যালয়ের কাছে নতুন একটি চান।</translation>
    </message>
    <message>
        <location filename="../app/sync/enrolment.py" line="198"/>
        <source>The enrolment file names no head-office address: give it with --hq URL, or enrol by USB with --out FILE.</source>
        <translation>নিবন্ধন ফাইলে প্রধান কার্যালয়ের ঠিকানা নেই: --hq URL দিয়ে দিন, অথবা --out FILE দিয়ে ইউএসবি-তে নিবন্ধন করুন।</translation>
    </message>
    <message>
        <location filename="../app/sync/enrolment.py" line="212"/>
        <location filename="../app/sync/enrolment.py" line="242"/>
        <source>Head office&apos;s answer to the enrolment is not signed by head office; nothing was changed.</source>
        <translation>নিবন্ধনের উত্তরে প্রধান কার্যালয়ের স্বাক্ষর নেই; কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <location filename="../app/sync/enrolment.py" line="226"/>
        <source>Head office cannot be reached ({detail}). Try again, or enrol by USB with --out FILE.</source>
        <translation>প্রধান কার্যালয়ের সঙ্গে যোগাযোগ করা যাচ্ছে না ({detail})। আবার চেষ্টা করুন, অথবা --out FILE দিয়ে ইউএসবি-তে নিবন্ধন করুন।</translation>
    </message>
    <message>
        <location filename="../app/sync/enrolment.py" line="239"/>
        <source>Head office refused the enrolment: {reason}</source>
        <translation>প্রধান কার্যালয় নিবন্ধন নেয়নি: {reason}</translation>
    </message>
    <message>
        <location filename="../app/sync/rotation.py" line="63"/>
        <source>Head office&apos;s answer to the key rotation is not signed by head office; the old key is kept.</source>
        <translation>চাবি বদলের উত্তরে প্রধান কার্যালয়ের স্বাক্ষর নেই; পুরোনো চাবিই রাখা হলো।</translation>
    </message>
    <message>
        <location filename="../app/sync/service.py" line="106"/>
        <source>Set head office&apos;s address first.</source>
        <translation>আগে প্রধান কার্যালয়ের ঠিকানা দিন।</translation>
    </message>
    <message>
        <location filename="../app/sync/outbox.py" line="185"/>
        <source>Head office&apos;s acknowledgement is not signed by head office ({error}). Nothing was marked as sent. Call head office.</source>
        <translation>প্রধান কার্যালয়ের প্রাপ্তিস্বীকারে প্রধান কার্যালয়ের স্বাক্ষর নেই ({error})। কিছুই পাঠানো হয়েছে বলে ধরা হয়নি। প্রধান কার্যালয়ে ফোন করুন।</translation>
    </message>
    <message>
        <location filename="../app/sync/outbox.py" line="190"/>
        <source>This database says head office acknowledged events up to {local}, but head office&apos;s last signed checkpoint says {signed}: the database was changed by hand. Run &apos;shakha db check&apos; and call head office.</source>
        <translation>এই ডেটাবেস বলছে প্রধান কার্যালয় {local} পর্যন্ত এন্ট্রির প্রাপ্তিস্বীকার করেছে, কিন্তু প্রধান কার্যালয়ের শেষ স্বাক্ষরিত চেকপয়েন্ট বলছে {signed}: ডেটাবেস হাতে বদলানো হয়েছে। &apos;shakha db check&apos; চালান এবং প্রধান কার্যালয়ে ফোন করুন।</translation>
    </message>
</context>
<context>
    <name>HeadOfficeRequestsBox</name>
    <message>
        <location filename="../ui/views/hq_requests_box.py" line="33"/>
        <source>Request</source>
        <translation>অনুরোধ</translation>
    </message>
    <message>
        <location filename="../ui/views/hq_requests_box.py" line="34"/>
        <source>Received</source>
        <translation>পাওয়া গেছে</translation>
    </message>
    <message>
        <location filename="../ui/views/hq_requests_box.py" line="36"/>
        <source>From</source>
        <translation>যিনি পাঠিয়েছেন</translation>
    </message>
    <message>
        <location filename="../ui/views/hq_requests_box.py" line="37"/>
        <source>About</source>
        <translation>বিষয়</translation>
    </message>
    <message>
        <location filename="../ui/views/hq_requests_box.py" line="38"/>
        <source>What head office asks</source>
        <translation>প্রধান কার্যালয় যা চায়</translation>
    </message>
    <message>
        <location filename="../ui/views/hq_requests_box.py" line="57"/>
        <source>Requests from head office</source>
        <translation>প্রধান কার্যালয়ের অনুরোধ</translation>
    </message>
    <message>
        <location filename="../ui/views/hq_requests_box.py" line="58"/>
        <source>&amp;Answer…</source>
        <translation>উত্তর দিন (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/views/hq_requests_box.py" line="89"/>
        <source>Answer request {id}</source>
        <translation>অনুরোধ {id}-এর উত্তর</translation>
    </message>
    <message>
        <location filename="../ui/views/hq_requests_box.py" line="90"/>
        <source>What was done about it (for example: meeting reversed and entered again)?</source>
        <translation>এ বিষয়ে কী করা হয়েছে (যেমন: সভার সংশোধনী এন্ট্রি দিয়ে আবার এন্ট্রি করা হয়েছে)?</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../ui/views/sync_view.py" line="94"/>
        <location filename="../ui/views/sync_view.py" line="246"/>
        <source>Sync with head office</source>
        <translation>প্রধান কার্যালয়ের সঙ্গে সিঙ্ক</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="95"/>
        <source>Head office address</source>
        <translation>প্রধান কার্যালয়ের ঠিকানা</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="96"/>
        <source>Device key</source>
        <translation>যন্ত্রের চাবি</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="97"/>
        <source>&amp;Enrol with head office…</source>
        <translation>প্রধান কার্যালয়ে নিবন্ধন করুন… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="98"/>
        <source>Save settings</source>
        <translation>সেটিং সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="99"/>
        <source>&amp;Sync now</source>
        <translation>এখনই সিঙ্ক করুন (&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="100"/>
        <source>Export USB bundle…</source>
        <translation>ইউএসবি বান্ডেল তৈরি করুন…</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="101"/>
        <source>Import receipt…</source>
        <translation>প্রাপ্তিস্বীকার ফাইল আনুন…</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="102"/>
        <source>Continue in a &amp;new epoch…</source>
        <translation>নতুন পর্বে চালিয়ে যান (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="103"/>
        <source>New epoch by &amp;USB…</source>
        <translation>ইউএসবি দিয়ে নতুন পর্ব শুরু করুন (&amp;U)…</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="108"/>
        <source>never</source>
        <translation>কখনও না</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="110"/>
        <source>Everything has reached head office. Last acknowledged: {last}.</source>
        <translation>সব তথ্য প্রধান কার্যালয়ে পৌঁছেছে। শেষ প্রাপ্তিস্বীকার: {last}।</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="114"/>
        <source>1 event not yet at head office, from {oldest}; last acknowledged: {last}.</source>
        <translation>১টি এন্ট্রি এখনও প্রধান কার্যালয়ে যায়নি, {oldest} থেকে; শেষ প্রাপ্তিস্বীকার: {last}।</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="118"/>
        <source>{n} events not yet at head office, oldest from {oldest}; last acknowledged: {last}.</source>
        <translation>{n}টি এন্ট্রি এখনও প্রধান কার্যালয়ে যায়নি, সবচেয়ে পুরোনোটি {oldest}-এর; শেষ প্রাপ্তিস্বীকার: {last}।</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="125"/>
        <source>This computer is enrolled with head office; its key stays in the database.</source>
        <translation>এই কম্পিউটার প্রধান কার্যালয়ে নিবন্ধিত; এর চাবি ডেটাবেসেই থাকে।</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="127"/>
        <source>Not enrolled yet: choose the enrolment file head office sent.</source>
        <translation>এখনও নিবন্ধিত নয়: প্রধান কার্যালয়ের পাঠানো নিবন্ধন ফাইলটি বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="135"/>
        <source>Last error: {error}</source>
        <translation>শেষ ত্রুটি: {error}</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="150"/>
        <source>Enrolment file from head office</source>
        <translation>প্রধান কার্যালয়ের নিবন্ধন ফাইল</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="157"/>
        <source>This computer is enrolled with head office.</source>
        <translation>এই কম্পিউটার প্রধান কার্যালয়ে নিবন্ধিত হলো।</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="162"/>
        <source>Enrolling with head office…</source>
        <translation>প্রধান কার্যালয়ে নিবন্ধন হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="177"/>
        <location filename="../ui/views/sync_view.py" line="215"/>
        <source>Sending to head office…</source>
        <translation>প্রধান কার্যালয়ে পাঠানো হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="183"/>
        <source>Continue in a new epoch</source>
        <translation>নতুন পর্বে চালিয়ে যান</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="184"/>
        <source>This database is older than what head office already holds: it was restored from a backup. Continue from here in a new epoch? Head office keeps every event it has; events it does not have are sent again. Work done after the backup on the lost computer is not on this one — re-enter it if needed.</source>
        <translation>এই ডেটাবেস প্রধান কার্যালয়ে যা আছে তার চেয়ে পুরোনো: এটি ব্যাকআপ থেকে ফেরানো হয়েছে। এখান থেকে নতুন পর্বে চালিয়ে যাবেন? প্রধান কার্যালয়ে যে এন্ট্রিগুলো আছে সেগুলো থাকবে; যেগুলো নেই সেগুলো আবার পাঠানো হবে। ব্যাকআপের পরে হারানো কম্পিউটারে যে কাজ হয়েছিল তা এখানে নেই — দরকার হলে আবার এন্ট্রি করুন।</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="196"/>
        <location filename="../ui/views/sync_view.py" line="202"/>
        <source>New epoch by USB</source>
        <translation>ইউএসবি দিয়ে নতুন পর্ব</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="203"/>
        <source>Take this file to head office. Import the receipt it gives back here (Import receipt…); the next USB bundle then carries the new epoch.</source>
        <translation>এই ফাইলটি প্রধান কার্যালয়ে নিয়ে যান। তারা যে প্রাপ্তিস্বীকার ফাইল ফেরত দেবে তা এখানে আনুন (প্রাপ্তিস্বীকার ফাইল আনুন…); তারপর পরের ইউএসবি বান্ডেল নতুন পর্বের এন্ট্রি নিয়ে যাবে।</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="219"/>
        <source>Export USB bundle</source>
        <translation>ইউএসবি বান্ডেল তৈরি</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="226"/>
        <source>Import receipt</source>
        <translation>প্রাপ্তিস্বীকার ফাইল আনা</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="230"/>
        <source>Receipt imported: head office holds everything up to event {n}, and its latest reference data is here.</source>
        <translation>প্রাপ্তিস্বীকার ফাইল আনা হয়েছে: এন্ট্রি {n} পর্যন্ত সবকিছু প্রধান কার্যালয়ে আছে, আর প্রধান কার্যালয়ের সর্বশেষ নির্দেশিকা তথ্যও এখানে এসেছে।</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="236"/>
        <source>1 event written to the bundle. Take it to head office; bring back the receipt.</source>
        <translation>বান্ডেলে ১টি এন্ট্রি লেখা হয়েছে। এটি প্রধান কার্যালয়ে নিয়ে যান; প্রাপ্তিস্বীকার ফাইলটি ফিরিয়ে আনুন।</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="238"/>
        <source>{n} events written to the bundle. Take it to head office; bring back the receipt.</source>
        <translation>বান্ডেলে {n}টি এন্ট্রি লেখা হয়েছে। এটি প্রধান কার্যালয়ে নিয়ে যান; প্রাপ্তিস্বীকার ফাইলটি ফিরিয়ে আনুন।</translation>
    </message>
    <message>
        <location filename="../ui/views/sync_view.py" line="241"/>
        <source>The branch&apos;s history is written beside it, in the file ending .snapshot: take both files.</source>
        <translation>শাখার পুরোনো সব হিসাব এর পাশেই .snapshot দিয়ে শেষ হওয়া ফাইলে লেখা হয়েছে: দুটো ফাইলই নিয়ে যান।</translation>
    </message>
</context>
</TS>

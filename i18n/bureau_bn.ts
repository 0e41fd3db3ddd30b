<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_IN">
  <context>
    <name />
    <message>
      <source>No credit bureau report for {name} yet.</source>
      <translation>{name}-এর ক্রেডিট ব্যুরো রিপোর্ট এখনও আসেনি।</translation>
    </message>
    <message>
      <source>The credit bureau found several people matching {name}: check her identity documents and ask again.</source>
      <translation>ক্রেডিট ব্যুরো {name}-এর সঙ্গে মেলে এমন একাধিক জনকে পেয়েছে: পরিচয়পত্র মিলিয়ে দেখে আবার চেক চান।</translation>
    </message>
    <message>
      <source>The credit bureau could not answer about {name}: {note}</source>
      <translation>ক্রেডিট ব্যুরো {name} সম্পর্কে উত্তর দিতে পারেনি: {note}</translation>
    </message>
    <message>
      <source>The credit bureau report for {name} is from {date}, older than {days} days: ask for a new one.</source>
      <translation>{name}-এর ক্রেডিট ব্যুরো রিপোর্ট {date} তারিখের, {days} দিনের বেশি পুরোনো: নতুন রিপোর্ট চান।</translation>
    </message>
    <message>
      <source>{count} active loan(s) of the household have no known installment, so the household's monthly repayments cannot be added up.</source>
      <translation>পরিবারের {count}টি চলতি ঋণের কিস্তি জানা নেই, তাই পরিবারের মাসিক পরিশোধ যোগ করা যাচ্ছে না।</translation>
    </message>
    <message>
      <source>With this loan she would borrow from {count} microfinance lenders; at most {limit} are allowed.</source>
      <translation>এই ঋণ নিলে তাঁর {count}টি ক্ষুদ্রঋণদাতার কাছে ঋণ হবে; সর্বোচ্চ {limit}টি চলে।</translation>
    </message>
    <message>
      <source>With this loan her microfinance debt would be {debt}, above the limit of {limit}.</source>
      <translation>এই ঋণ নিলে তাঁর মোট ক্ষুদ্রঋণ হবে {debt}, যা {limit} সীমার বেশি।</translation>
    </message>
    <message>
      <source>A loan of hers is {days} days past due; no new loan above {limit} days.</source>
      <translation>তাঁর একটি ঋণের বকেয়ার দিন {days}; {limit} দিনের বেশি বকেয়া থাকলে নতুন ঋণ নয়।</translation>
    </message>
    <message>
      <source>She owes {overdue} overdue to her lenders; no new loan at {limit} or more.</source>
      <translation>ঋণদাতাদের কাছে তাঁর বকেয়া {overdue}; বকেয়া {limit} বা তার বেশি হলে নতুন ঋণ নয়।</translation>
    </message>
    <message>
      <source>This product is sanctioned only with a credit bureau report of at most {days} days for {name}.</source>
      <translation>এই ঋণ প্রকল্পে মঞ্জুরির জন্য {name}-এর সর্বোচ্চ {days} দিনের পুরোনো ক্রেডিট ব্যুরো রিপোর্ট লাগবে।</translation>
    </message>
    <message>
      <source>Product {code}: a credit bureau report's age is 1 to 365 days.</source>
      <translation>ঋণ প্রকল্প {code}: ক্রেডিট ব্যুরো রিপোর্টের বয়স ১ থেকে ৩৬৫ দিন হতে হবে।</translation>
    </message>
    <message>
      <source>Choose who the person is and whether a woman or a man.</source>
      <translation>ব্যক্তিটি সদস্যের কে এবং নারী না পুরুষ, তা বেছে নিন।</translation>
    </message>
    <message>
      <source>Write the name in Roman letters (A–Z, spaces, full stops, hyphens), as on the identity document: {name}</source>
      <translation>নামটি রোমান অক্ষরে লিখুন (A–Z, ফাঁকা, দাঁড়ি-বিন্দু, হাইফেন), পরিচয়পত্রে যেমন আছে: {name}</translation>
    </message>
    <message>
      <source>The Bengali name is too long or has a character that cannot be saved.</source>
      <translation>বাংলা নামটি খুব লম্বা, বা এতে এমন অক্ষর আছে যা সংরক্ষণ করা যায় না।</translation>
    </message>
    <message>
      <source>Choose the kind of identity document.</source>
      <translation>পরিচয়পত্রের ধরন বেছে নিন।</translation>
    </message>
    <message>
      <source>An identity document number is 4 to 30 letters and digits, without spaces.</source>
      <translation>পরিচয়পত্রের নম্বর ৪ থেকে ৩০টি অক্ষর ও অঙ্ক, ফাঁকা ছাড়া।</translation>
    </message>
    <message>
      <source>Give both the kind and the number of the identity document.</source>
      <translation>পরিচয়পত্রের ধরন ও নম্বর দুটোই দিন।</translation>
    </message>
    <message>
      <source>The date of birth is not possible.</source>
      <translation>এই জন্মতারিখ সম্ভব নয়।</translation>
    </message>
    <message>
      <source>Write the address in Roman letters, at most 200 characters, without | or ~.</source>
      <translation>ঠিকানাটি রোমান অক্ষরে লিখুন, সর্বোচ্চ ২০০ অক্ষর, | বা ~ ছাড়া।</translation>
    </message>
    <message>
      <source>A postal code is 4 to 6 digits.</source>
      <translation>পোস্ট কোড ৪ থেকে ৬ অঙ্কের।</translation>
    </message>
    <message>
      <source>No such person in this household.</source>
      <translation>এই পরিবারে এমন কেউ নেই।</translation>
    </message>
    <message>
      <source>The member herself is in her household once, as herself.</source>
      <translation>পরিবারের তালিকায় সদস্য নিজে একবারই থাকবেন, ‘নিজে’ হিসেবে।</translation>
    </message>
    <message>
      <source>Record how the person agreed: signature or thumb impression.</source>
      <translation>ব্যক্তিটি কীভাবে সম্মতি দিলেন তা নথিভুক্ত করুন: স্বাক্ষর না টিপসই।</translation>
    </message>
    <message>
      <source>A bureau check is asked for on an application before it is paid out.</source>
      <translation>ক্রেডিট ব্যুরো চেক চাওয়া যায় ঋণের আবেদনে, ঋণ বিতরণের আগে।</translation>
    </message>
    <message>
      <source>Check the Roman-letter spelling of the name first.</source>
      <translation>আগে নামের রোমান অক্ষরের বানান মিলিয়ে দেখুন।</translation>
    </message>
    <message>
      <source>A bureau check needs the person's date of birth and an identity document number.</source>
      <translation>ক্রেডিট ব্যুরো চেকের জন্য ব্যক্তির জন্মতারিখ ও পরিচয়পত্রের নম্বর লাগবে।</translation>
    </message>
    <message>
      <source>A bureau answer cannot be used: {error}</source>
      <translation>ক্রেডিট ব্যুরোর উত্তরটি ব্যবহার করা যাচ্ছে না: {error}</translation>
    </message>
  </context>
</TS>

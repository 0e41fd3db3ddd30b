<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_BD">
  <context>
    <name />
    <message>
      <source>No credit bureau report for {name} yet.</source>
      <translation>{name}-এর ক্রেডিট ব্যুরো রিপোর্ট এখনো আসেনি।</translation>
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
      <translation>{name}-এর ক্রেডিট ব্যুরো রিপোর্ট {date} তারিখের, {days} দিনের বেশি পুরনো: নতুন রিপোর্ট চান।</translation>
    </message>
    <message>
      <source>{count} active loan(s) of the household have no known installment, so the household's monthly repayments cannot be added up.</source>
      <translation>পরিবারের {count}টি চালু ঋণের কিস্তি জানা নেই, তাই পরিবারের মাসিক পরিশোধ যোগ করা যাচ্ছে না।</translation>
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
      <translation>এই প্রকল্পে মঞ্জুরির জন্য {name}-এর সর্বোচ্চ {days} দিনের পুরনো ক্রেডিট ব্যুরো রিপোর্ট লাগবে।</translation>
    </message>
    <message>
      <source>Product {code}: a credit bureau report's age is 1 to 365 days.</source>
      <translation>প্রকল্প {code}: ক্রেডিট ব্যুরো রিপোর্টের বয়স ১ থেকে ৩৬৫ দিন হতে হবে।</translation>
    </message>
  </context>
</TS>

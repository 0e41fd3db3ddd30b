<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn">
<context>
    <name></name>
    <message>
        <source>Unknown fields: {names}.</source>
        <translation>অজানা ঘর: {names}।</translation>
    </message>
    <message>
        <source>Unknown policy profile: {profile}.</source>
        <translation>অজানা নীতিমালা প্রোফাইল: {profile}।</translation>
    </message>
    <message>
        <source>{name} must be a whole number from {low} to {high}.</source>
        <translation>{name} {low} থেকে {high}-এর মধ্যে একটি পূর্ণসংখ্যা হতে হবে।</translation>
    </message>
    <message>
        <source>{name} must be text of at most {n} characters.</source>
        <translation>{name} সর্বোচ্চ {n} অক্ষরের লেখা হতে হবে।</translation>
    </message>
    <message>
        <source>{name} must be true or false.</source>
        <translation>{name} হ্যাঁ (true) বা না (false) হতে হবে।</translation>
    </message>
</context>
</TS>

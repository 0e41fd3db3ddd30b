<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_IN">
<context>
    <name>MembersView</name>
    <message>
        <location filename="../ui/views/members_view.py" line="210" />
        <source>Print passbook…</source>
        <translation>পাসবই প্রিন্ট করুন…</translation>
    </message>
    </context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../ui/views/settings_view.py" line="88" />
        <source>Passbook &amp;printer calibration…</source>
        <translation>পাসবই প্রিন্টারের মাপ মেলান (&amp;P)…</translation>
    </message>
    </context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../ui/views/today_view.py" line="33" />
        <source>&amp;Print collection sheets (Ctrl+P)</source>
        <translation>আদায় শিট প্রিন্ট করুন (&amp;P) (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/views/today_view.py" line="42" />
        <source>Collection sheets</source>
        <translation>আদায় শিট</translation>
    </message>
    </context>
</TS>
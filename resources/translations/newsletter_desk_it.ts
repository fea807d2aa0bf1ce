<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>i18n</name>
    <message>
        <source>{number}%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="kk">
<context>
    <name>AdvancedJson</name>
    <message>
        <location filename="../../gui/widgets/advanced.py" line="64" />
        <source>Parts of this record that the form does not show, as JSON. They are kept when you save; edit them here only if you know the data model.</source>
        <translation>Жазбаның пішінде көрсетілмейтін бөліктері, JSON түрінде. Сақтаған кезде олар жоғалмайды; деректер моделін білсеңіз ғана осында өзгертіңіз.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/advanced.py" line="72" />
        <source>Other fields (JSON)</source>
        <translation>Басқа өрістер (JSON)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/advanced.py" line="117" />
        <source>not valid JSON (line {line}, column {column})</source>
        <translation>JSON қате (жол {line}, баған {column})</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/advanced.py" line="120" />
        <source>must be a JSON object {…}</source>
        <translation>JSON нысаны {…} болуы керек</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../../gui/widgets/checklist.py" line="253" />
        <source>&lt;b&gt;Analyst's assessment.&lt;/b&gt; Legal assessment made later by an analyst, kept apart from what the monitor observed. The monitor's answer is shown for reference; the compliant answer is given in brackets.</source>
        <translation>&lt;b&gt;Талдаушының бағасы.&lt;/b&gt; Кейін талдаушы беретін құқықтық баға; ол бақылаушы тіркеген деректерден бөлек сақталады. Бақылаушының жауабы анықтама үшін көрсетілген; стандартқа сай жауап жақша ішінде берілген.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/checklist.py" line="273" />
        <source>[compliant: {answer}]</source>
        <translation>[стандартқа сай: {answer}]</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/checklist.py" line="274" />
        <source>[for information]</source>
        <translation>[мәлімет үшін]</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/checklist.py" line="281" />
        <source>The monitor's answer</source>
        <translation>Бақылаушының жауабы</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/checklist.py" line="285" />
        <source>Assessment of: {question}</source>
        <translation>Бағасы: {question}</translation>
    </message>
</context>
<context>
    <name>AttachmentEditor</name>
    <message>
        <location filename="../../gui/forms/evidence.py" line="76" />
        <source>&amp;Attachment</source>
        <translation>&amp;Тіркеме</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="77" />
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="78" />
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="79" />
        <source>&amp;Description:</source>
        <translation>&amp;Сипаттамасы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="80" />
        <source>&amp;Source:</source>
        <translation>&amp;Дереккөз:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="81" />
        <source>&amp;Related records:</source>
        <translation>&amp;Байланысты жазбалар:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="83" />
        <source>Capture</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="84" />
        <source>Captured &amp;at:</source>
        <translation>Қ&amp;ашан алынды:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="85" />
        <source>Local offset:</source>
        <translation>Жергілікті ығысу:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="86" />
        <source>Captured &amp;by:</source>
        <translation>&amp;Кім алды:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="87" />
        <source>&amp;Method:</source>
        <translation>&amp;Тәсілі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="88" />
        <source>camera</source>
        <translation>камера</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="88" />
        <source>audio recorder</source>
        <translation>диктофон</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="89" />
        <source>scan</source>
        <translation>скан</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="89" />
        <source>screenshot</source>
        <translation>экран суреті</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="90" />
        <source>web archive</source>
        <translation>веб-мұрағат</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="90" />
        <source>file import</source>
        <translation>файлды импорттау</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="91" />
        <source>De&amp;vice:</source>
        <translation>Құ&amp;рылғы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="92" />
        <source>Tool:</source>
        <translation>Құрал:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="93" />
        <source>Tool version:</source>
        <translation>Құрал нұсқасы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="94" />
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="95" />
        <source>Page title:</source>
        <translation>Бет тақырыбы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="96" />
        <source>Post id:</source>
        <translation>Жарияланым ID:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="97" />
        <source>Location source:</source>
        <translation>Координаттар көзі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="98" />
        <source>Latitude:</source>
        <translation>Ендік:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="99" />
        <source>Longitude:</source>
        <translation>Бойлық:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="100" />
        <source>Accuracy (m):</source>
        <translation>Дәлдігі (м):</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="102" />
        <source>Verification</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="103" />
        <source>Status:</source>
        <translation>Мәртебесі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="104" />
        <source>unverified</source>
        <translation>тексерілмеген</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="104" />
        <source>verified</source>
        <translation>тексерілген</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="105" />
        <source>disputed</source>
        <translation>даулы</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="106" />
        <source>By:</source>
        <translation>Кім:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="107" />
        <source>At:</source>
        <translation>Қашан:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="108" />
        <source>Notes:</source>
        <translation>Ескертпелер:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="110" />
        <source>&amp;Files and custody</source>
        <translation>&amp;Файлдар және сақтау</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="111" />
        <source>Files (fixed at capture)</source>
        <translation>Файлдар (алынған кезде бекітілген)</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="113" />
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="113" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="113" />
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="114" />
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="114" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="115" />
        <source>Chain of custody (append-only)</source>
        <translation>Сақтау тізбегі (тек толықтырылады)</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="117" />
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="117" />
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="117" />
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="118" />
        <source>Hash verified</source>
        <translation>Хеш тексерілді</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="118" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="119" />
        <source>Encryption</source>
        <translation>Шифрлау</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="120" />
        <source>Algorithm</source>
        <translation>Алгоритм</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="121" />
        <source>Key id</source>
        <translation>Кілт ID</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="123" />
        <source>Pre&amp;view</source>
        <translation>Қ&amp;арау</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../gui/attachments.py" line="167" />
        <source>Select an attachment to preview it.</source>
        <translation>Қарау үшін тіркемені таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="179" />
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="179" />
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="179" />
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="180" />
        <source>Hash verified</source>
        <translation>Хеш тексерілді</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="181" />
        <source>Chain of custody:</source>
        <translation>Сақтау тізбегі:</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="184" />
        <source>&amp;Verify SHA-256</source>
        <translation>SHA-256 &amp;тексеру</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="187" />
        <source>Save a &amp;decrypted copy…</source>
        <translation>&amp;Шифрсыз көшірмені сақтау…</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="216" />
        <source>File: {name}</source>
        <translation>Файл: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="217" />
        <source>Type: {mime} · Size: {size}</source>
        <translation>Түрі: {mime} · Көлемі: {size}</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="219" />
        <source>SHA-256 (at capture): {sha}</source>
        <translation>SHA-256 (алынған кезде): {sha}</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="222" />
        <source>The file itself is not stored on this device (only its description).</source>
        <translation>Файлдың өзі бұл құрылғыда сақталмайды (тек сипаттамасы бар).</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="227" />
        <source>No file on this device.</source>
        <translation>Бұл құрылғыда файл жоқ.</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="231" />
        <source>Decrypting…</source>
        <translation>Шифрын ашу…</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="238" />
        <location filename="../../gui/attachments.py" line="254" />
        <source>No preview for this type of file.</source>
        <translation>Бұл түрдегі файлды қарау мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="275" />
        <source>The file could not be read.</source>
        <translation>Файлды оқу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="291" />
        <source>Verifying…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="292" />
        <source>The SHA-256 matches: the file is intact.</source>
        <translation>SHA-256 сәйкес: файл өзгермеген.</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="294" />
        <source>Verifying the attachment</source>
        <translation>Тіркемені тексеру</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="299" />
        <source>Decrypted copy</source>
        <translation>Шифрсыз көшірме</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="300" />
        <source>The copy will NOT be encrypted. Anyone who gets the computer or the disk where you save it can read it, and the operating system may index it or make thumbnails of it.

Save a decrypted copy anyway?</source>
        <translation>Көшірме шифрланбайды. Оны сақтаған компьютерге немесе дискіге қолы жеткен кез келген адам оқи алады, ал операциялық жүйе оны индекстеуі немесе оның шағын суреттерін жасауы мүмкін.

Бәрібір шифрсыз көшірмені сақтау керек пе?</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="318" />
        <source>A decrypted copy was saved. Delete it when you no longer need it.</source>
        <translation>Шифрсыз көшірме сақталды. Қажет болмаған кезде оны жойыңыз.</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="321" />
        <source>Decrypting the attachment</source>
        <translation>Тіркеменің шифрын ашу</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../gui/attachments.py" line="70" />
        <source>Attach files</source>
        <translation>Файлдарды тіркеу</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="84" />
        <source>Save a decrypted copy</source>
        <translation>Шифрсыз көшірмені сақтау</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="366" />
        <source>&amp;Add files…</source>
        <translation>Файлдарды &amp;қосу…</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="369" />
        <source>…or drop files here. They are encrypted into the vault; the originals stay where they are (delete them yourself if they must not remain).</source>
        <translation>…немесе файлдарды осында сүйреп әкеліңіз. Олар қоймаға шифрланып сақталады; түпнұсқалар орнында қалады (қалмауы керек болса, оларды өзіңіз жойыңыз).</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="377" />
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="377" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="377" />
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="377" />
        <source>Captured</source>
        <translation>Алынды</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/attachments.py" line="479" />
        <source>Encrypting %n file(s)…</source>
        <translation>
            <numerusform>%n файл шифрлануда…</numerusform><numerusform>%n файл шифрлануда…</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="481" />
        <source>Encrypting attachments</source>
        <translation>Тіркемелерді шифрлау</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/attachments.py" line="484" />
        <source>%n file(s) encrypted and attached.</source>
        <translation>
            <numerusform>%n файл шифрланып, тіркелді.</numerusform><numerusform>%n файл шифрланып, тіркелді.</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="489" />
        <source>Cancelled. Nothing was attached from the file being encrypted.</source>
        <translation>Тоқтатылды. Шифрланып жатқан файлдан ештеңе тіркелмеді.</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="495" />
        <source>A file could not be read: {reason}</source>
        <translation>Файлды оқу мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/attachments.py" line="497" />
        <source>The files could not be attached.</source>
        <translation>Файлдарды тіркеу мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../gui/forms/case.py" line="14" />
        <source>&amp;Case</source>
        <translation>&amp;Іс</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="15" />
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="16" />
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="17" />
        <source>T&amp;ype:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="18" />
        <source>&amp;Stage:</source>
        <translation>&amp;Сатысы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="19" />
        <source>Case &amp;number:</source>
        <translation>Іс &amp;нөмірі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="20" />
        <source>C&amp;ourt:</source>
        <translation>С&amp;от:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="21" />
        <source>&amp;Venue:</source>
        <translation>Ө&amp;ткізілген орны:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="22" />
        <source>O&amp;pened:</source>
        <translation>Қ&amp;озғалды:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="23" />
        <source>First-instance &amp;judgment:</source>
        <translation>Бірінші сатыдағы &amp;үкім:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="25" />
        <source>O&amp;utcome:</source>
        <translation>Н&amp;әтижесі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="28" />
        <source>Defendant:</source>
        <translation>Сотталушы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="29" />
        <source>Code:</source>
        <translation>Кодекс:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="30" />
        <source>Article:</source>
        <translation>Бап:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="31" />
        <source>Part:</source>
        <translation>Бөлік:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="32" />
        <source>Paragraph:</source>
        <translation>Тармақ:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="33" />
        <source>Wording:</source>
        <translation>Тұжырымы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="34" />
        <source>Outcome:</source>
        <translation>Нәтижесі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="36" />
        <source>Charges</source>
        <translation>Айыптар</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="37" />
        <source>Add c&amp;harge</source>
        <translation>&amp;Айып қосу</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="40" />
        <source>Date:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="41" />
        <source>Event:</source>
        <translation>Оқиға:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="43" />
        <source>Procedural history</source>
        <translation>Іс жүргізу барысы</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="44" />
        <source>Add st&amp;ep</source>
        <translation>&amp;Кезең қосу</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="46" />
        <source>Fair-trial &amp;checklist</source>
        <translation>&amp;Сауалнама</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="48" />
        <source>Monitor's answers for the whole case</source>
        <translation>Бақылаушының тұтас іс бойынша жауаптары</translation>
    </message>
    <message>
        <location filename="../../gui/forms/case.py" line="50" />
        <source>Analyst's &amp;assessment</source>
        <translation>Талдаушының &amp;бағасы</translation>
    </message>
</context>
<context>
    <name>DetentionEditor</name>
    <message>
        <location filename="../../gui/forms/detention.py" line="30" />
        <source>&amp;Detention</source>
        <translation>&amp;Ұстау</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="31" />
        <source>Who and what</source>
        <translation>Кім және не</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="32" />
        <source>&amp;Detained person:</source>
        <translation>&amp;Ұсталған адам:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="33" />
        <source>&amp;Case:</source>
        <translation>&amp;Іс:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="34" />
        <source>P&amp;rocedure:</source>
        <translation>Іс &amp;жүргізу:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="35" />
        <source>Detention &amp;type:</source>
        <translation>Ұстау &amp;түрі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="36" />
        <source>HURIDOCS list 29</source>
        <translation>HURIDOCS, 29-тізім</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="38" />
        <source>Apprehension</source>
        <translation>Ұсталған сәт</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="39" />
        <source>&amp;When:</source>
        <translation>&amp;Қашан:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="40" />
        <source>W&amp;here:</source>
        <translation>Қ&amp;айда:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="41" />
        <source>&amp;Authority:</source>
        <translation>&amp;Орган:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="42" />
        <source>O&amp;fficers:</source>
        <translation>Қы&amp;зметкерлер:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="42" />
        <source>One per line</source>
        <translation>Әр жолға біреуден</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="43" />
        <source>Plain clothes:</source>
        <translation>Азаматтық киімде:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="44" />
        <source>&amp;Force used:</source>
        <translation>&amp;Күш қолданылды:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="45" />
        <source>Told the &amp;reasons:</source>
        <translation>&amp;Себептері айтылды:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="46" />
        <source>Rights e&amp;xplained:</source>
        <translation>Құқықтары т&amp;үсіндірілді:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="47" />
        <source>Protocol no.:</source>
        <translation>Хаттама №:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="48" />
        <source>Protocol time:</source>
        <translation>Хаттама уақыты:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="49" />
        <source>C&amp;ircumstances:</source>
        <translation>Мә&amp;н-жайы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="51" />
        <source>Legal basis</source>
        <translation>Құқықтық негіз</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="52" />
        <source>Code:</source>
        <translation>Кодекс:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="53" />
        <source>Article:</source>
        <translation>Бап:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="54" />
        <source>Part:</source>
        <translation>Бөлік:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="55" />
        <source>Decided by:</source>
        <translation>Шешім қабылдаған:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="56" />
        <source>Decision date:</source>
        <translation>Шешім күні:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="57" />
        <source>Arrest (days):</source>
        <translation>Қамау (тәулік):</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="58" />
        <source>Administrative arrest</source>
        <translation>Әкімшілік қамаққа алу</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="61" />
        <source>C&amp;ustody and access</source>
        <translation>Ұ&amp;стау және қол жеткізу</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="62" />
        <source>Judicial control</source>
        <translation>Сот бақылауы</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="63" />
        <source>First before a &amp;judge:</source>
        <translation>Судьяға алғаш &amp;жеткізілді:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="64" />
        <source>Hours to judge:</source>
        <translation>Судьяға дейін сағат:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="65" />
        <source>Over 48 hours is a concern (HRC General Comment 35)</source>
        <translation>48 сағаттан артық болса, алаңдаушылық туғызады (АҚК-нің № 35 жалпы ескертуі)</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="68" />
        <location filename="../../gui/forms/detention.py" line="118" />
        <source>Date:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="69" />
        <source>Outcome:</source>
        <translation>Нәтижесі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="71" />
        <source>Add judicial &amp;review</source>
        <translation>Сот &amp;тексеруін қосу</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="74" />
        <source>Facility:</source>
        <translation>Мекеме:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="75" />
        <source>Type:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="76" />
        <source>Location:</source>
        <translation>Орны:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="77" />
        <source>Whereabouts:</source>
        <translation>Қайда екені:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="78" />
        <source>From:</source>
        <translation>Бастап:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="79" />
        <source>To:</source>
        <translation>Дейін:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="80" />
        <location filename="../../gui/forms/detention.py" line="92" />
        <location filename="../../gui/forms/detention.py" line="120" />
        <source>Note:</source>
        <translation>Ескертпе:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="82" />
        <source>Custody path</source>
        <translation>Ұстау орындары</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="83" />
        <source>Add place of &amp;custody</source>
        <translation>Ұстау &amp;орнын қосу</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="85" />
        <source>Access to safeguards</source>
        <translation>Кепілдіктерге қол жеткізу</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="86" />
        <source>Lawyer:</source>
        <translation>Адвокат:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="86" />
        <source>Family notified:</source>
        <translation>Отбасына хабарланды:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="87" />
        <source>Medical exam:</source>
        <translation>Медициналық тексеру:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="87" />
        <source>Consular:</source>
        <translation>Консул:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="88" />
        <source>Monitors:</source>
        <translation>Бақылаушылар:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="90" />
        <source>First:</source>
        <translation>Алғаш:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="93" />
        <source>Legal counsel:</source>
        <translation>Заң көмегі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="94" />
        <source>HURIDOCS list 31</source>
        <translation>HURIDOCS, 31-тізім</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="97" />
        <source>&amp;Ill-treatment and release</source>
        <translation>&amp;Қатыгездік және босату</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="98" />
        <source>Ill-treatment</source>
        <translation>Қатыгез қарау</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="99" />
        <source>&amp;Alleged:</source>
        <translation>&amp;Мәлімделді:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="100" />
        <source>P&amp;hase:</source>
        <translation>&amp;Кезеңі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="100" />
        <source>e.g. interrogation, transfer</source>
        <translation>мыс. жауап алу, этаппен жөнелту</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="101" />
        <source>&amp;Methods:</source>
        <translation>&amp;Тәсілдері:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="101" />
        <source>HURIDOCS list 5 codes</source>
        <translation>HURIDOCS 5-тізім кодтары</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="103" />
        <source>&amp;Perpetrators:</source>
        <translation>&amp;Кінәлілер:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="105" />
        <source>Medical evidence:</source>
        <translation>Медициналық дәлелдер:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="106" />
        <source>Statements signed:</source>
        <translation>Қол қойылған жауаптар:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="107" />
        <source>HURIDOCS list 36</source>
        <translation>HURIDOCS, 36-тізім</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="108" />
        <source>Medical attention:</source>
        <translation>Медициналық көмек:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="109" />
        <source>HURIDOCS list 37</source>
        <translation>HURIDOCS, 37-тізім</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="110" />
        <source>Complaint date:</source>
        <translation>Шағым күні:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="111" />
        <source>Complaint to:</source>
        <translation>Шағым қайда:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="112" />
        <source>Complaint outcome:</source>
        <translation>Шағымның нәтижесі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="114" />
        <source>Conditions and discipline</source>
        <translation>Жағдайлар мен жазалар</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="115" />
        <source>Co&amp;nditions:</source>
        <translation>&amp;Жағдайлар:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="119" />
        <source>Measure:</source>
        <translation>Шара:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="122" />
        <source>Add disciplinary &amp;measure</source>
        <translation>Тәртіптік &amp;жаза қосу</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="124" />
        <source>Release</source>
        <translation>Босату</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="125" />
        <source>Release &amp;date:</source>
        <translation>Босатылған &amp;күні:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="126" />
        <source>Release t&amp;ype:</source>
        <translation>Босату &amp;негізі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="127" />
        <source>Conditions:</source>
        <translation>Шарттары:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="130" />
        <source>Analyst's &amp;assessment</source>
        <translation>Талдаушының &amp;бағасы</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="131" />
        <source>Analyst's assessment (set at headquarters, not by the monitor)</source>
        <translation>Талдаушының бағасы (оны бақылаушы емес, штаб береді)</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="133" />
        <source>&amp;Liberty status:</source>
        <translation>Бостандық &amp;мәртебесі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="134" />
        <source>HURIDOCS list 25</source>
        <translation>HURIDOCS, 25-тізім</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="135" />
        <source>&amp;WGAD categories:</source>
        <translation>БҰҰ WGAD &amp;санаттары:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="136" />
        <source>Assessment &amp;status:</source>
        <translation>Баға &amp;мәртебесі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/detention.py" line="137" />
        <source>&amp;Reasoning:</source>
        <translation>&amp;Негіздемесі:</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <location filename="../../gui/forms/people.py" line="44" />
        <source>Possibly already here under another spelling: {names}. Open that record instead of creating a duplicate.</source>
        <translation>Басқа жазылуымен бұрыннан бар болуы мүмкін: {names}. Қайталанатын жазба жасамай, сол жазбаны ашыңыз.</translation>
    </message>
</context>
<context>
    <name>FairTrialChecklist</name>
    <message>
        <location filename="../../gui/widgets/checklist.py" line="45" />
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/checklist.py" line="46" />
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/checklist.py" line="47" />
        <source>Partly</source>
        <translation>Ішінара</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/checklist.py" line="48" />
        <source>Not observed</source>
        <translation>Байқалмады</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/checklist.py" line="49" />
        <source>N/A</source>
        <translation>Қолданылмайды</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/checklist.py" line="50" />
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/checklist.py" line="87" />
        <source>The monitor records what was observed. Keys on a row of buttons: 1 yes, 2 no, 3 partly, 4 not observed, 5 not applicable, 6 unknown; Space clears; ←/→ move. The analyst's assessment is on its own tab.</source>
        <translation>Бақылаушы көргенін ғана тіркейді. Батырмалар қатарындағы пернелер: 1 иә, 2 жоқ, 3 ішінара, 4 байқалмады, 5 қолданылмайды, 6 белгісіз; бос орын — тазалау; ←/→ — жылжу. Талдаушының бағасы бөлек қойындыда.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/checklist.py" line="114" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/checklist.py" line="116" />
        <source>Note on: {question}</source>
        <translation>Сұраққа ескертпе: {question}</translation>
    </message>
</context>
<context>
    <name>HearingEditor</name>
    <message>
        <location filename="../../gui/forms/hearing.py" line="49" />
        <source>&amp;Hearing</source>
        <translation>&amp;Отырыс</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="50" />
        <source>Identification</source>
        <translation>Сәйкестендіру</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="51" />
        <source>&amp;Case:</source>
        <translation>&amp;Іс:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="52" />
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="53" />
        <source>&amp;Instance:</source>
        <translation>&amp;Саты:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="54" />
        <source>T&amp;ype:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="55" />
        <source>&amp;Status:</source>
        <translation>&amp;Мәртебесі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="56" />
        <source>Court&amp;room:</source>
        <translation>&amp;Зал:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="57" />
        <source>C&amp;ourt:</source>
        <translation>С&amp;от:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="58" />
        <source>&amp;Venue:</source>
        <translation>Ө&amp;ткізілген орны:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="59" />
        <source>&amp;Languages:</source>
        <translation>&amp;Тілдер:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="59" />
        <source>Language tags, e.g. ru, kk</source>
        <translation>Тіл кодтары, мыс. ru, kk</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="60" />
        <source>Languages the hearing was held in</source>
        <translation>Отырыс жүргізілген тілдер</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="61" />
        <source>Timing</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="62" />
        <source>Sc&amp;heduled start:</source>
        <translation>Та&amp;ғайындалған уақыты:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="63" />
        <source>Act&amp;ual start:</source>
        <translation>Н&amp;ақты басталуы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="64" />
        <source>&amp;End:</source>
        <translation>&amp;Аяқталуы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="65" />
        <source>Ad&amp;journed to:</source>
        <translation>Ке&amp;йінге қалдырылды:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="66" />
        <source>Adjournment &amp;reason:</source>
        <translation>Қалдыру &amp;себебі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="69" />
        <source>&amp;Bench and parties</source>
        <translation>&amp;Сот және тараптар</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="70" />
        <source>Bench and prosecution</source>
        <translation>Сот құрамы және айыптау</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="71" />
        <source>Presiding &amp;judge:</source>
        <translation>Төрағалық етуші &amp;судья:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="72" />
        <source>Other &amp;judges:</source>
        <translation>Басқа &amp;судьялар:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="73" />
        <source>&amp;Prosecutors:</source>
        <translation>&amp;Прокурорлар:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="74" />
        <source>J&amp;ury:</source>
        <translation>А&amp;лқа билер:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="77" />
        <location filename="../../gui/forms/hearing.py" line="188" />
        <source>Defendant:</source>
        <translation>Сотталушы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="78" />
        <source>Presence:</source>
        <translation>Қатысуы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="79" />
        <source>In custody:</source>
        <translation>Қамауда:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="80" />
        <source>Dock:</source>
        <translation>Залдағы орны:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="81" />
        <source>Restraints:</source>
        <translation>Кісен:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="82" />
        <location filename="../../gui/forms/hearing.py" line="92" />
        <location filename="../../gui/forms/hearing.py" line="105" />
        <location filename="../../gui/forms/hearing.py" line="115" />
        <location filename="../../gui/forms/hearing.py" line="194" />
        <source>Note:</source>
        <translation>Ескертпе:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="84" />
        <source>Defendants</source>
        <translation>Сотталушылар</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="85" />
        <source>Add &amp;defendant</source>
        <translation>&amp;Сотталушы қосу</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="88" />
        <source>Counsel:</source>
        <translation>Қорғаушы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="89" />
        <source>Appointment:</source>
        <translation>Негізі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="90" />
        <source>For:</source>
        <translation>Кімді қорғайды:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="91" />
        <location filename="../../gui/forms/hearing.py" line="132" />
        <source>Description:</source>
        <translation>Сипаттамасы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="94" />
        <source>Defence counsel</source>
        <translation>Қорғаушылар</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="95" />
        <source>Add &amp;counsel</source>
        <translation>&amp;Қорғаушы қосу</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="98" />
        <source>Witness:</source>
        <translation>Куәгер:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="99" />
        <source>Code:</source>
        <translation>Кодекс:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="99" />
        <source>e.g. W-07</source>
        <translation>мыс. W-07</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="100" />
        <source>Called by:</source>
        <translation>Кім шақырды:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="101" />
        <location filename="../../gui/forms/hearing.py" line="168" />
        <source>prosecution</source>
        <translation>айыптау тарапы</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="101" />
        <location filename="../../gui/forms/hearing.py" line="168" />
        <source>defence</source>
        <translation>қорғау тарапы</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="102" />
        <source>court</source>
        <translation>сот</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="103" />
        <source>Anonymous:</source>
        <translation>Жасырын:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="104" />
        <source>Remote:</source>
        <translation>Қашықтан:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="107" />
        <source>Witnesses</source>
        <translation>Куәгерлер</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="108" />
        <source>Add &amp;witness</source>
        <translation>&amp;Куәгер қосу</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="110" />
        <source>Interpreter</source>
        <translation>Аудармашы</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="111" />
        <source>Needed:</source>
        <translation>Қажет:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="112" />
        <source>Provided:</source>
        <translation>Берілді:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="113" />
        <source>Adequate:</source>
        <translation>Сапасы жеткілікті:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="114" />
        <source>Languages:</source>
        <translation>Тілдер:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="118" />
        <source>&amp;Openness</source>
        <translation>&amp;Ашықтық</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="119" />
        <source>Public access</source>
        <translation>Көпшіліктің қатысуы</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="120" />
        <source>&amp;Access:</source>
        <translation>&amp;Қол жеткізу:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="121" />
        <source>Pass required:</source>
        <translation>Рұқсатнама керек:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="122" />
        <source>Overflow room:</source>
        <translation>Қосымша зал:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="123" />
        <source>Seats:</source>
        <translation>Орын саны:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="124" />
        <source>Attendance (est.):</source>
        <translation>Қатысқандар (шамамен):</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="125" />
        <source>Denied entry:</source>
        <translation>Кіргізілмегендер:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="126" />
        <location filename="../../gui/forms/hearing.py" line="140" />
        <source>Notes:</source>
        <translation>Ескертпелер:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="129" />
        <source>Monitor:</source>
        <translation>Бақылаушы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="130" />
        <source>Organisation:</source>
        <translation>Ұйым:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="131" />
        <source>Admission:</source>
        <translation>Жіберілуі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="134" />
        <source>Monitors</source>
        <translation>Бақылаушылар</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="135" />
        <source>Add &amp;monitor</source>
        <translation>&amp;Бақылаушы қосу</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="137" />
        <source>Media</source>
        <translation>БАҚ</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="138" />
        <source>Media &amp;present:</source>
        <translation>&amp;БАҚ қатысты:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="139" />
        <source>&amp;Recording allowed:</source>
        <translation>&amp;Түсіруге рұқсат:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="142" />
        <source>Security and conditions</source>
        <translation>Күзет және жағдайлар</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="143" />
        <source>&amp;Security presence:</source>
        <translation>&amp;Күзет, полиция:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="144" />
        <source>Con&amp;ditions:</source>
        <translation>&amp;Жағдайлар:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="145" />
        <source>Room, seating, heat, access to documents …</source>
        <translation>Зал, орындар, температура, құжаттарға қол жеткізу…</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="148" />
        <source>&amp;What happened</source>
        <translation>&amp;Не болды</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="149" />
        <source>Narrative</source>
        <translation>Отырыс барысының сипаттамасы</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="150" />
        <source>&amp;Narrative:</source>
        <translation>Отырыс &amp;барысы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="151" />
        <source>What happened, in order, as observed. Facts only; assessment belongs to the analyst.</source>
        <translation>Не болғанын ретімен, өзіңіз көргендей жазыңыз. Тек фактілер; бағаны талдаушы береді.</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="154" />
        <source>Time:</source>
        <translation>Уақыты:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="155" />
        <source>Type:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="156" />
        <source>testimony</source>
        <translation>жауап беру</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="156" />
        <source>motion</source>
        <translation>өтінішхат</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="157" />
        <source>ruling</source>
        <translation>сот шешімі</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="157" />
        <source>incident</source>
        <translation>оқиға</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="158" />
        <source>recess</source>
        <translation>үзіліс</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="158" />
        <source>evidence examined</source>
        <translation>дәлелдемелерді зерттеу</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="159" />
        <source>other</source>
        <translation>басқа</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="160" />
        <location filename="../../gui/forms/hearing.py" line="167" />
        <source>By:</source>
        <translation>Кім:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="161" />
        <source>Summary:</source>
        <translation>Қысқаша:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="163" />
        <source>Procedural events</source>
        <translation>Іс жүргізу оқиғалары</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="164" />
        <source>Add &amp;event</source>
        <translation>&amp;Оқиға қосу</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="169" />
        <source>defendant</source>
        <translation>сотталушы</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="169" />
        <source>victim</source>
        <translation>жәбірленуші</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="170" />
        <source>Subject:</source>
        <translation>Мәні:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="171" />
        <source>Ruling:</source>
        <translation>Шешімі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="172" />
        <source>granted</source>
        <translation>қанағаттандырылды</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="172" />
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="173" />
        <source>partly granted</source>
        <translation>ішінара қанағаттандырылды</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="173" />
        <source>deferred</source>
        <translation>кейінге қалдырылды</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="174" />
        <source>Reason given:</source>
        <translation>Уәжі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="174" />
        <source>the reason, if any</source>
        <translation>уәжі, болса</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="177" />
        <source>Motions</source>
        <translation>Өтінішхаттар</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="178" />
        <source>Add m&amp;otion</source>
        <translation>Ө&amp;тінішхат қосу</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="180" />
        <source>Allegation of torture or ill-treatment</source>
        <translation>Азаптау немесе қатыгез қарау туралы мәлімдеме</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="181" />
        <source>&amp;Raised:</source>
        <translation>&amp;Мәлімделді:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="182" />
        <source>Raised b&amp;y:</source>
        <translation>&amp;Кім мәлімдеді:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="183" />
        <source>Raised by (role):</source>
        <translation>Кім мәлімдеді (рөлі):</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="184" />
        <source>e.g. defendant, counsel</source>
        <translation>мыс. сотталушы, қорғаушы</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="185" />
        <source>Court's res&amp;ponse:</source>
        <translation>Соттың &amp;жауабы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="189" />
        <source>Result:</source>
        <translation>Шешім:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="190" />
        <source>Sentence:</source>
        <translation>Жаза:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="191" />
        <source>Years:</source>
        <translation>Жыл:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="192" />
        <source>Suspended:</source>
        <translation>Шартты:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="193" />
        <source>Confiscation:</source>
        <translation>Тәркілеу:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="196" />
        <source>Verdicts</source>
        <translation>Үкімдер</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="197" />
        <source>Add &amp;verdict</source>
        <translation>Ү&amp;кім қосу</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="200" />
        <source>Fair-trial &amp;checklist</source>
        <translation>&amp;Сауалнама</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="202" />
        <source>Monitor's answers</source>
        <translation>Бақылаушының жауаптары</translation>
    </message>
    <message>
        <location filename="../../gui/forms/hearing.py" line="204" />
        <source>Analyst's &amp;assessment</source>
        <translation>Талдаушының &amp;бағасы</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../gui/history.py" line="70" />
        <source>History</source>
        <translation>Өзгерістер тарихы</translation>
    </message>
    <message>
        <location filename="../../gui/history.py" line="82" />
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../../gui/history.py" line="82" />
        <source>Before</source>
        <translation>Бұрын</translation>
    </message>
    <message>
        <location filename="../../gui/history.py" line="82" />
        <source>After</source>
        <translation>Кейін</translation>
    </message>
    <message>
        <location filename="../../gui/history.py" line="102" />
        <source>created</source>
        <translation>жасалды</translation>
    </message>
    <message>
        <location filename="../../gui/history.py" line="103" />
        <source>edited</source>
        <translation>өзгертілді</translation>
    </message>
    <message>
        <location filename="../../gui/history.py" line="104" />
        <source>deleted</source>
        <translation>жойылды</translation>
    </message>
    <message>
        <location filename="../../gui/history.py" line="105" />
        <source>imported</source>
        <translation>импортталды</translation>
    </message>
    <message>
        <location filename="../../gui/history.py" line="106" />
        <source>conflicting edit</source>
        <translation>қайшы өзгеріс</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/history.py" line="118" />
        <source>%n revision(s). Each is a full snapshot, hash-linked to the one before.</source>
        <translation>
            <numerusform>%n нұсқа. Әрқайсысы — алдыңғысымен хеш арқылы байланысқан толық көшірме.</numerusform><numerusform>%n нұсқа. Әрқайсысы — алдыңғысымен хеш арқылы байланысқан толық көшірме.</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/history.py" line="121" />
        <source>Revision {n} · {when} · {op}
by {author} on device {device}</source>
        <translation>{n}-нұсқа · {when} · {op}
авторы {author}, құрылғы {device}</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../gui/forms/incident.py" line="21" />
        <source>&amp;Incident</source>
        <translation>&amp;Оқиға</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="22" />
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="23" />
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="24" />
        <source>T&amp;ype:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="25" />
        <source>&amp;Where:</source>
        <translation>&amp;Қайда:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="26" />
        <source>&amp;Start:</source>
        <translation>&amp;Басталуы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="27" />
        <source>&amp;End:</source>
        <translation>&amp;Аяқталуы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="28" />
        <source>&amp;Description:</source>
        <translation>&amp;Сипаттамасы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="29" />
        <source>I&amp;mpact:</source>
        <translation>С&amp;алдары:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="30" />
        <source>Conte&amp;xt tags:</source>
        <translation>Контекст &amp;белгілері:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="30" />
        <source>e.g. zhanaozen-strike-2011</source>
        <translation>мыс. zhanaozen-strike-2011</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="32" />
        <source>Linked &amp;attachments:</source>
        <translation>Байланысты &amp;тіркемелер:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="35" />
        <source>HURIDOCS coding</source>
        <translation>HURIDOCS кодтары</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="36" />
        <source>&amp;Rights affected:</source>
        <translation>&amp;Бұзылған құқықтар:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="37" />
        <source>HURIDOCS list 3 codes</source>
        <translation>HURIDOCS 3-тізім кодтары</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="38" />
        <source>&amp;Violation status:</source>
        <translation>Бұзушылық &amp;мәртебесі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="39" />
        <source>HURIDOCS list 41</source>
        <translation>HURIDOCS, 41-тізім</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="40" />
        <source>M&amp;onitoring status:</source>
        <translation>Мо&amp;ниторинг мәртебесі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="41" />
        <source>HURIDOCS list 43</source>
        <translation>HURIDOCS, 43-тізім</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="43" />
        <source>Casualties</source>
        <translation>Зардап шеккендер</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="44" />
        <source>Killed</source>
        <translation>Қаза тапқандар</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="44" />
        <source>Injured</source>
        <translation>Жараланғандар</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="45" />
        <source>Detained</source>
        <translation>Ұсталғандар</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="48" />
        <source>Official:</source>
        <translation>Ресми:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="49" />
        <source>Min:</source>
        <translation>Ең аз:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="50" />
        <source>Max:</source>
        <translation>Ең көп:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="51" />
        <source>About:</source>
        <translation>Шамамен:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="52" />
        <source>Disputed:</source>
        <translation>Даулы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="53" />
        <location filename="../../gui/forms/incident.py" line="79" />
        <source>Note:</source>
        <translation>Ескертпе:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="55" />
        <source>A&amp;cts</source>
        <translation>Ә&amp;рекеттер</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="58" />
        <source>Description:</source>
        <translation>Сипаттамасы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="59" />
        <location filename="../../gui/forms/incident.py" line="73" />
        <source>Involvement:</source>
        <translation>Қатысу дәрежесі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="60" />
        <source>Type:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="63" />
        <source>Victim:</source>
        <translation>Жәбірленуші:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="64" />
        <source>Act:</source>
        <translation>Әрекет:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="65" />
        <source>Attempted:</source>
        <translation>Оқталу:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="66" />
        <source>Methods:</source>
        <translation>Тәсілдері:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="66" />
        <source>HURIDOCS list 5</source>
        <translation>HURIDOCS, 5-тізім</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="67" />
        <source>Attribution:</source>
        <translation>Кімге телінеді:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="68" />
        <source>Start:</source>
        <translation>Басталуы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="69" />
        <source>End:</source>
        <translation>Аяқталуы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="70" />
        <source>Location:</source>
        <translation>Орны:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="71" />
        <source>Exact place:</source>
        <translation>Нақты орны:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="72" />
        <source>Perpetrators:</source>
        <translation>Кінәлілер:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="74" />
        <source>Stated reason:</source>
        <translation>Айтылған себебі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="75" />
        <source>Physical harm:</source>
        <translation>Дене зақымы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="76" />
        <source>Status at end:</source>
        <translation>Соңғы мәртебесі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="77" />
        <source>Psychological harm:</source>
        <translation>Психологиялық зиян:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="80" />
        <source>Unidentified:</source>
        <translation>Анықталмағандар:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="81" />
        <source>Add unidentified perpetrator</source>
        <translation>Анықталмаған кінәліні қосу</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="84" />
        <source>Acts (who did what to whom)</source>
        <translation>Әрекеттер (кім кімге не істеді)</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="85" />
        <source>Add &amp;act</source>
        <translation>Ә&amp;рекет қосу</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="86" />
        <source>Unidentified perpetrators of the incident</source>
        <translation>Оқиғаның анықталмаған кінәлілері</translation>
    </message>
    <message>
        <location filename="../../gui/forms/incident.py" line="87" />
        <source>Add &amp;perpetrator</source>
        <translation>&amp;Кінәліні қосу</translation>
    </message>
</context>
<context>
    <name>InterventionEditor</name>
    <message>
        <location filename="../../gui/forms/links.py" line="55" />
        <source>&amp;Intervention</source>
        <translation>&amp;Араласу</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="56" />
        <source>Intervention</source>
        <translation>Араласу</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="57" />
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="58" />
        <source>&amp;By:</source>
        <translation>&amp;Кім:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="59" />
        <source>&amp;About:</source>
        <translation>&amp;Не туралы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="60" />
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="61" />
        <source>&amp;Addressed to:</source>
        <translation>&amp;Кімге жолданды:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="62" />
        <source>T&amp;ype:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="62" />
        <source>HURIDOCS list 20</source>
        <translation>HURIDOCS, 20-тізім</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="63" />
        <source>&amp;Response:</source>
        <translation>&amp;Жауап:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="63" />
        <source>HURIDOCS list 27</source>
        <translation>HURIDOCS, 27-тізім</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="64" />
        <source>I&amp;mpact:</source>
        <translation>С&amp;алдары:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="64" />
        <source>HURIDOCS list 44</source>
        <translation>HURIDOCS, 44-тізім</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="65" />
        <source>&amp;Status:</source>
        <translation>&amp;Мәртебесі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="65" />
        <source>HURIDOCS list 45</source>
        <translation>HURIDOCS, 45-тізім</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="66" />
        <source>&amp;Priority:</source>
        <translation>&amp;Басымдығы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="66" />
        <source>HURIDOCS list 46</source>
        <translation>HURIDOCS, 46-тізім</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="67" />
        <source>D&amp;escription:</source>
        <translation>&amp;Сипаттамасы:</translation>
    </message>
</context>
<context>
    <name>InvolvementEditor</name>
    <message>
        <location filename="../../gui/forms/links.py" line="15" />
        <source>&amp;Involvement</source>
        <translation>&amp;Қатысу</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="16" />
        <source>Who, in what role, in what</source>
        <translation>Кім, қандай рөлде, неге қатысты</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="17" />
        <source>&amp;Who:</source>
        <translation>&amp;Кім:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="18" />
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="19" />
        <source>&amp;In:</source>
        <translation>&amp;Неде:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="20" />
        <source>The case, hearing, incident, detention or organisation</source>
        <translation>Іс, отырыс, оқиға, ұстау немесе ұйым</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="21" />
        <source>&amp;For:</source>
        <translation>К&amp;ім үшін:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="22" />
        <source>e.g. the clients of a defence counsel</source>
        <translation>мыс. қорғаушының қорғалушылары</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="23" />
        <source>F&amp;rom:</source>
        <translation>&amp;Бастап:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="24" />
        <source>&amp;To:</source>
        <translation>&amp;Дейін:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="25" />
        <source>Perpetrators (HURIDOCS)</source>
        <translation>Кінәлілер (HURIDOCS)</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="26" />
        <source>&amp;Degree of involvement:</source>
        <translation>Қатысу &amp;дәрежесі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="27" />
        <source>HURIDOCS list 18</source>
        <translation>HURIDOCS, 18-тізім</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="28" />
        <source>Perpetrator &amp;type:</source>
        <translation>Кінәлінің &amp;түрі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="29" />
        <source>HURIDOCS list 24</source>
        <translation>HURIDOCS, 24-тізім</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="30" />
        <source>Later &amp;status:</source>
        <translation>Кейінгі &amp;мәртебесі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="31" />
        <source>HURIDOCS list 26</source>
        <translation>HURIDOCS, 26-тізім</translation>
    </message>
</context>
<context>
    <name>JuryEdit</name>
    <message>
        <location filename="../../gui/widgets/fields.py" line="374" />
        <source>No jury</source>
        <translation>Алқа билерсіз</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/fields.py" line="375" />
        <source>Jury</source>
        <translation>Алқа билермен</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/fields.py" line="376" />
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/fields.py" line="378" />
        <source>jurors</source>
        <translation>алқа би</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/fields.py" line="379" />
        <source>Number of jurors</source>
        <translation>Алқа билер саны</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="8" />
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="9" />
        <source>Hearing</source>
        <translation>Отырыс</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="10" />
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="11" />
        <source>Detention</source>
        <translation>Ұстау</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="12" />
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="13" />
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="14" />
        <source>Location</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="15" />
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="16" />
        <source>Attachment</source>
        <translation>Тіркеме</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="17" />
        <source>Involvement</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="18" />
        <source>Relation</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="19" />
        <source>Intervention</source>
        <translation>Араласу</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="23" />
        <source>New person</source>
        <translation>Жаңа адам</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="24" />
        <source>New organisation</source>
        <translation>Жаңа ұйым</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="25" />
        <source>New location</source>
        <translation>Жаңа орын</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/kinds.py" line="26" />
        <source>New source</source>
        <translation>Жаңа дереккөз</translation>
    </message>
</context>
<context>
    <name>LocationEditor</name>
    <message>
        <location filename="../../gui/forms/people.py" line="70" />
        <source>&amp;Location</source>
        <translation>&amp;Орын</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="71" />
        <source>Place</source>
        <translation>Орын</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="72" />
        <source>&amp;Name:</source>
        <translation>&amp;Аты, атауы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="73" />
        <source>Name in &amp;Russian:</source>
        <translation>Орысша &amp;атауы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="74" />
        <source>Name in &amp;Kazakh:</source>
        <translation>Қазақша а&amp;тауы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="75" />
        <source>&amp;Within:</source>
        <translation>&amp;Қай жерде:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="76" />
        <source>&amp;Country:</source>
        <translation>&amp;Ел:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="77" />
        <source>ISO 3166-1 two-letter code</source>
        <translation>ISO 3166-1 екі әріпті коды</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="78" />
        <source>&amp;Subdivision code:</source>
        <translation>Өңір &amp;коды:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="79" />
        <source>&amp;Region:</source>
        <translation>&amp;Өңір:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="80" />
        <source>&amp;Type of location:</source>
        <translation>Орын &amp;түрі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="81" />
        <source>HURIDOCS list 17</source>
        <translation>HURIDOCS, 17-тізім</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="82" />
        <source>Pre&amp;cision:</source>
        <translation>&amp;Дәлдігі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="83" />
        <source>building</source>
        <translation>ғимарат</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="83" />
        <source>site</source>
        <translation>алаң, учаске</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="84" />
        <source>settlement</source>
        <translation>елді мекен</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="84" />
        <source>region</source>
        <translation>өңір</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="85" />
        <source>approximate</source>
        <translation>шамамен</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="86" />
        <source>L&amp;atitude:</source>
        <translation>Е&amp;ндік:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="87" />
        <source>L&amp;ongitude:</source>
        <translation>Б&amp;ойлық:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="88" />
        <source>&amp;Time zone:</source>
        <translation>&amp;Уақыт белдеуі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="89" />
        <source>IANA name; Aktau was UTC+5 and Almaty UTC+6 in 2012</source>
        <translation>IANA атауы; 2012 жылы Ақтауда UTC+5, Алматыда UTC+6 болған</translation>
    </message>
</context>
<context>
    <name>MultiRecordPicker</name>
    <message>
        <location filename="../../gui/widgets/pickers.py" line="258" />
        <source>Type to search and add…</source>
        <translation>Іздеп қосу үшін тере бастаңыз…</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pickers.py" line="263" />
        <source>Remove the selected entry (Delete)</source>
        <translation>Таңдалғанды алып тастау (Delete)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pickers.py" line="264" />
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pickers.py" line="283" />
        <source>{id} (not found)</source>
        <translation>{id} (табылмады)</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <location filename="../../gui/forms/people.py" line="52" />
        <source>&amp;Organisation</source>
        <translation>&amp;Ұйым</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="53" />
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="54" />
        <source>&amp;Name:</source>
        <translation>&amp;Аты, атауы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="55" />
        <source>Name in &amp;Russian:</source>
        <translation>Орысша &amp;атауы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="56" />
        <source>Name in &amp;Kazakh:</source>
        <translation>Қазақша а&amp;тауы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="57" />
        <source>&amp;Type:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="58" />
        <source>Court &amp;level:</source>
        <translation>Сот &amp;деңгейі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="59" />
        <source>Courts only</source>
        <translation>Тек соттар үшін</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="60" />
        <source>&amp;Part of:</source>
        <translation>&amp;Құрамында:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="61" />
        <source>&amp;Location:</source>
        <translation>&amp;Орны:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="62" />
        <source>&amp;Perpetrator type:</source>
        <translation>Кінәлінің &amp;түрі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="63" />
        <source>HURIDOCS list 24, if the organisation is a perpetrator</source>
        <translation>HURIDOCS, 24-тізім, ұйым кінәлі тарап болса</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../gui/widgets/dates.py" line="101" />
        <source>Precision</source>
        <translation>Дәлдігі</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="104" />
        <source>Date and time</source>
        <translation>Күні мен уақыты</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="106" />
        <source>How precisely the date is known (— = no date)</source>
        <translation>Күні қаншалықты нақты белгілі (— = күні жоқ)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="111" />
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="114" />
        <source>Year (↑/↓ change it)</source>
        <translation>Жыл (↑/↓ — өзгерту)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="118" />
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="126" />
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="128" />
        <source>Day (↑/↓ change it)</source>
        <translation>Күн (↑/↓ — өзгерту)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="133" />
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="138" />
        <source>UTC offset</source>
        <translation>UTC-тен ығысу</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="139" />
        <source>UTC offset of the local time (Aktau +05:00, Almaty +06:00 in 2012)</source>
        <translation>Жергілікті уақыттың UTC-тен ығысуы (2012 жылы Ақтау +05:00, Алматы +06:00)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="141" />
        <source>local time</source>
        <translation>жергілікті уақыт</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="147" />
        <source>estimated</source>
        <translation>шамамен</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="148" />
        <source>The date is an estimate</source>
        <translation>Күні шамамен көрсетілген</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dates.py" line="254" />
        <source>— (kept: {value})</source>
        <translation>— (сақталды: {value})</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../gui/forms/people.py" line="22" />
        <source>&amp;Person</source>
        <translation>&amp;Адам</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="23" />
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="24" />
        <source>&amp;Name:</source>
        <translation>&amp;Аты, атауы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="24" />
        <source>Full name, or a pseudonym / code</source>
        <translation>Толық аты, бүркеншік аты немесе коды</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="25" />
        <source>&amp;Other names:</source>
        <translation>&amp;Басқа есімдері:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="25" />
        <source>One per line: spellings, Cyrillic form, maiden name…</source>
        <translation>Әр жолға біреуден: жазылу нұсқалары, кириллицамен, қыз кезіндегі тегі…</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="28" />
        <source>Pse&amp;udonym:</source>
        <translation>&amp;Бүркеншік ат:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="29" />
        <source>Yes if the name is a code or pseudonym</source>
        <translation>Аты код не бүркеншік ат болса, «Иә»</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="30" />
        <source>Public fi&amp;gure:</source>
        <translation>Қоғамдық &amp;тұлға:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="31" />
        <source>Co&amp;unting unit:</source>
        <translation>Есеп &amp;бірлігі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="32" />
        <source>Group si&amp;ze:</source>
        <translation>Топ &amp;мөлшері:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="33" />
        <source>For a group: how many people</source>
        <translation>Топ үшін: неше адам</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="34" />
        <source>Se&amp;x:</source>
        <translation>Ж&amp;ынысы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="35" />
        <source>Date of &amp;birth:</source>
        <translation>&amp;Туған күні:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="37" />
        <source>Occu&amp;pation:</source>
        <translation>К&amp;әсібі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="38" />
        <source>&amp;Citizenship:</source>
        <translation>&amp;Азаматтығы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="38" />
        <source>Country codes, e.g. KZ, RU</source>
        <translation>Ел кодтары, мыс. KZ, RU</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="39" />
        <source>&amp;Languages:</source>
        <translation>&amp;Тілдер:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="39" />
        <source>Language tags, e.g. kk, ru</source>
        <translation>Тіл кодтары, мыс. kk, ru</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="40" />
        <source>&amp;Deceased:</source>
        <translation>&amp;Қайтыс болған:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="41" />
        <source>Date of dea&amp;th:</source>
        <translation>Қ&amp;айтыс болған күні:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="43" />
        <source>Contact details</source>
        <translation>Байланыс деректері</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="44" />
        <source>Con&amp;tact:</source>
        <translation>&amp;Байланыс:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/people.py" line="45" />
        <source>Kept encrypted on this device and never exported by default.</source>
        <translation>Осы құрылғыда шифрланып сақталады және әдепкі бойынша ешқашан экспортталмайды.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../gui/forms/base.py" line="160" />
        <source>Con&amp;fidentiality:</source>
        <extracomment>Keys of ``defaults`` that mean something else for this kind, e.g. case_id -&gt; related_case_id.</extracomment>
        <translation>&amp;Құпиялылық:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="166" />
        <source>TLP marking; it follows the confidentiality level</source>
        <translation>TLP белгісі; құпиялылық деңгейіне сәйкес қойылады</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="173" />
        <source>Confidentiality</source>
        <translation>Құпиялылық</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="185" />
        <source>&amp;Restore</source>
        <translation>&amp;Қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="188" />
        <source>Discard</source>
        <translation>Қажет емес</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="210" />
        <source>&amp;History…</source>
        <translation>&amp;Тарих…</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="213" />
        <source>Ctrl+S save · Esc close · Ctrl+PgUp/PgDn change tab</source>
        <translation>Ctrl+S — сақтау · Esc — жабу · Ctrl+PgUp/PgDn — қойындылар</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="217" />
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="220" />
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="263" />
        <source>12-digit HURIDOCS code</source>
        <translation>12 таңбалы HURIDOCS коды</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="289" />
        <source>Criminal Code of Kazakhstan, 1997</source>
        <translation>ҚР Қылмыстық кодексі, 1997 ж.</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="290" />
        <source>Criminal Code of Kazakhstan, 2014</source>
        <translation>ҚР Қылмыстық кодексі, 2014 ж.</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="291" />
        <source>Criminal Procedure Code of Kazakhstan, 1997</source>
        <translation>ҚР Қылмыстық іс жүргізу кодексі, 1997 ж.</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="292" />
        <source>Criminal Procedure Code of Kazakhstan, 2014</source>
        <translation>ҚР Қылмыстық іс жүргізу кодексі, 2014 ж.</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="293" />
        <source>Code of Administrative Offences of Kazakhstan, 2001</source>
        <translation>ҚР Әкімшілік құқық бұзушылық туралы кодексі, 2001 ж.</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="294" />
        <source>Code of Administrative Offences of Kazakhstan, 2014</source>
        <translation>ҚР Әкімшілік құқық бұзушылық туралы кодексі, 2014 ж.</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="298" />
        <source>Sources and &amp;notes</source>
        <translation>&amp;Дереккөздер</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="299" />
        <source>Sources and notes</source>
        <translation>Дереккөздер мен ескертпелер</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="300" />
        <source>Sources:</source>
        <translation>Дереккөздер:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="301" />
        <source>Where the information in this record comes from</source>
        <translation>Бұл жазбадағы мәліметтер қайдан алынды</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="302" />
        <source>Notes:</source>
        <translation>Ескертпелер:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="307" />
        <source>Save the record first, then attach files to it.</source>
        <translation>Алдымен жазбаны сақтаңыз, содан кейін оған файл тіркеңіз.</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="311" />
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="315" />
        <source>Advanced (JSON)</source>
        <translation>Басқа (JSON)</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="353" />
        <source>New: {kind}</source>
        <translation>Жаңа жазба: {kind}</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="356" />
        <source>unsaved changes</source>
        <translation>сақталмаған өзгерістер бар</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="389" />
        <source>“{text}” is not linked to a record: choose it from the list or create it with +.</source>
        <translation>«{text}» жазбаға байланыстырылмаған: тізімнен таңдаңыз немесе + батырмасымен жасаңыз.</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="393" />
        <source>Advanced (JSON): {error}</source>
        <translation>Басқа (JSON): {error}</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="426" />
        <source>Not saved. {reason}</source>
        <translation>Сақталмады. {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="442" />
        <source>saved</source>
        <translation>сақталды</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="469" />
        <source>record</source>
        <translation>жазба</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/forms/base.py" line="479" />
        <source>Not saved: %n problem(s). They are shown next to the fields.</source>
        <translation>
            <numerusform>Сақталмады: %n қате. Қателер өрістердің жанында көрсетілген.</numerusform><numerusform>Сақталмады: %n қате. Қателер өрістердің жанында көрсетілген.</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="531" />
        <source>Unsaved changes to this form from {when} UTC were kept as an encrypted draft. Restore them?</source>
        <translation>Осы пішіндегі {when} UTC сақталмаған өзгерістер шифрланған жоба ретінде сақталған. Оларды қалпына келтіру керек пе?</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="565" />
        <source>This form has unsaved changes.</source>
        <translation>Пішінде сақталмаған өзгерістер бар.</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="566" />
        <source>Save them before closing?</source>
        <translation>Жаппас бұрын оларды сақтау керек пе?</translation>
    </message>
    <message>
        <location filename="../../gui/forms/base.py" line="643" />
        <source>locked</source>
        <translation>құлыпталды</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../gui/widgets/pickers.py" line="107" />
        <source>any record</source>
        <translation>кез келген жазба</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pickers.py" line="108" />
        <source>Type to search ({kinds})…</source>
        <translation>Іздеу үшін тере бастаңыз ({kinds})…</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pickers.py" line="121" />
        <source>Create a new record with the typed name</source>
        <translation>Терілген атаумен жаңа жазба жасау</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pickers.py" line="122" />
        <source>Create new</source>
        <translation>Жаңасын жасау</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pickers.py" line="165" />
        <source>+ {new}: “{name}”</source>
        <translation>+ {new}: «{name}»</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pickers.py" line="288" />
        <source>(similar to “{other}”, already here)</source>
        <translation>(ұқсас жазба бұрыннан бар: «{other}»)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pickers.py" line="187" />
        <source>Type the name first, then press +</source>
        <translation>Алдымен атын теріңіз, содан кейін + басыңыз</translation>
    </message>
</context>
<context>
    <name>RelationEditor</name>
    <message>
        <location filename="../../gui/forms/links.py" line="39" />
        <source>&amp;Relation</source>
        <translation>&amp;Байланыс</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="40" />
        <source>Relation</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="41" />
        <source>&amp;From:</source>
        <translation>&amp;Қайдан:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="44" />
        <source>&amp;Type:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="45" />
        <source>An application type, or a HURIDOCS list 22 code (12 digits)</source>
        <translation>Қолданба түрі немесе HURIDOCS 22-тізімінің коды (12 цифр)</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="46" />
        <source>&amp;To:</source>
        <translation>&amp;Дейін:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="47" />
        <source>&amp;Label:</source>
        <translation>&amp;Белгі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/links.py" line="47" />
        <source>e.g. causes, precedes</source>
        <translation>мыс. себеп, алдында болды</translation>
    </message>
</context>
<context>
    <name>Row</name>
    <message>
        <location filename="../../gui/widgets/repeat.py" line="51" />
        <location filename="../../gui/widgets/repeat.py" line="52" />
        <source>Remove this entry</source>
        <translation>Бұл жолды жою</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/repeat.py" line="92" />
        <source>This entry has a form the editor does not show; it is kept as it is (see the Advanced tab).</source>
        <translation>Бұл жолдың пішіні редакторда көрсетілмейді; ол өзгеріссіз сақталады («Басқа (JSON)» қойындысын қараңыз).</translation>
    </message>
</context>
<context>
    <name>SourceEditor</name>
    <message>
        <location filename="../../gui/forms/evidence.py" line="19" />
        <source>&amp;Source</source>
        <translation>&amp;Дереккөз</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="20" />
        <source>What it is</source>
        <translation>Бұл не</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="21" />
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="22" />
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="23" />
        <source>&amp;Language:</source>
        <translation>&amp;Тілі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="24" />
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="26" />
        <source>&amp;Publisher:</source>
        <translation>&amp;Жариялаушы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="27" />
        <source>P&amp;erson (informant):</source>
        <translation>А&amp;дам (ақпарат беруші):</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="28" />
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="29" />
        <source>&amp;Material type:</source>
        <translation>&amp;Материал түрі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="30" />
        <source>HURIDOCS list 16</source>
        <translation>HURIDOCS, 16-тізім</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="31" />
        <source>&amp;Connection:</source>
        <translation>Ақпаратпен &amp;байланысы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="32" />
        <source>HURIDOCS list 19: the source's connection to the information</source>
        <translation>HURIDOCS, 19-тізім: дереккөздің ақпаратпен байланысы</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="34" />
        <source>Grading (Admiralty scale)</source>
        <translation>Бағалау (Адмиралтейлік шкала)</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="35" />
        <source>&amp;Reliability of the source:</source>
        <translation>Дереккөздің &amp;сенімділігі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="36" />
        <source>Cred&amp;ibility of the information:</source>
        <translation>Мәліметтің &amp;шынайылығы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="38" />
        <source>&amp;Interview and consent</source>
        <translation>&amp;Сұхбат және келісім</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="39" />
        <source>Interview</source>
        <translation>Сұхбат</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="40" />
        <source>Interview &amp;date:</source>
        <translation>Сұхбат &amp;күні:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="41" />
        <source>Interviewer:</source>
        <translation>Сұхбат алушы:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="42" />
        <source>&amp;Method:</source>
        <translation>&amp;Тәсілі:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="43" />
        <source>in person</source>
        <translation>бетпе-бет</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="43" />
        <source>phone</source>
        <translation>телефон арқылы</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="44" />
        <source>video call</source>
        <translation>бейнеқоңырау</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="44" />
        <source>messenger</source>
        <translation>мессенджер</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="45" />
        <source>in writing</source>
        <translation>жазбаша</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="46" />
        <source>Where:</source>
        <translation>Қайда:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="48" />
        <source>Informed consent</source>
        <translation>Ақпараттандырылған келісім</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="49" />
        <source>&amp;Given:</source>
        <translation>&amp;Берілді:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="50" />
        <source>How:</source>
        <translation>Қалай:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="51" />
        <source>Taken by:</source>
        <translation>Кім алды:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="52" />
        <source>Date:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="53" />
        <source>Record:</source>
        <translation>Жазу:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="53" />
        <source>Store identity:</source>
        <translation>Жеке басын сақтау:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="54" />
        <source>Share with HQ:</source>
        <translation>Бас штабқа беру:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="55" />
        <source>Share with partners:</source>
        <translation>Серіктестерге беру:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="56" />
        <source>Share with UN/OSCE:</source>
        <translation>БҰҰ/ЕҚЫҰ-ға беру:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="57" />
        <source>Recontact:</source>
        <translation>Қайта байланысу:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="59" />
        <source>Publish:</source>
        <translation>Жариялау:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="60" />
        <source>Withdrawn at:</source>
        <translation>Кері қайтарылды:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="62" />
        <source>Protection</source>
        <translation>Қорғау</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="63" />
        <source>Protection &amp;risk:</source>
        <translation>Адамға &amp;қатер:</translation>
    </message>
    <message>
        <location filename="../../gui/forms/evidence.py" line="64" />
        <source>&amp;Handling:</source>
        <translation>&amp;Байланыс тәртібі:</translation>
    </message>
</context>
<context>
    <name>TriBool</name>
    <message>
        <location filename="../../gui/widgets/fields.py" line="154" />
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/fields.py" line="155" />
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/fields.py" line="157" />
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
</context>
<context>
    <name>VocabCombo</name>
    <message>
        <location filename="../../gui/widgets/fields.py" line="219" />
        <source>{code} (not in the list)</source>
        <translation>{code} (тізімде жоқ)</translation>
    </message>
</context>
</TS>
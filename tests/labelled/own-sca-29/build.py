# Builds the own-sca-29 labelled calls (written and labelled from the two documents alone, before any scoring).
# A caller line may carry a fault: ("c", text, kind, why); its turn index is where it lands in the call.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))

EN_OPEN = [
    ("c", "Hello, it's Priya from Brightview Opticians. Is that Mrs Helen Marsh?"),
    ("e", "Yes, that's me."),
    ("c", "Lovely. Just to check, could you give me your date of birth?"),
    ("e", "Second of June, 1961."),
    ("c", "Thanks. I'm ringing because your eye test is due, the last one was in March two years ago."),
]
EN_SLOTS = [
    ("c", "I've got Tuesday 9 September at 10:30am or Thursday 11 September at 3:15pm."),
    ("e", "Thursday suits me."),
    ("c", "Please bring your current glasses and a list of any medicines you take."),
    ("e", "Okay."),
    ("c", "So that's Thursday 11 September at 3:15pm."),
    ("e", "Yes."),
    ("c", "Lovely, that's you booked for Thursday 11 September at 3:15pm. See you then, Mrs Marsh. Bye."),
    ("e", "Bye now."),
]
ZH_OPEN = [
    ("c", "您好，我是恒通宽带的小林，请问是吴丽华吴女士吗？"),
    ("e", "对，我是。"),
    ("c", "吴女士您好，麻烦报一下您身份证后四位。"),
    ("e", "4417。"),
    ("c", "好的，核对上了。您办理的300M宽带需要师傅上门安装光猫和路由器。"),
]
ZH_SLOTS = [
    ("c", "上门时间有5月20日上午9点到11点，或者5月21日下午2点到4点，您看哪个方便？"),
    ("e", "20号上午吧。"),
    ("c", "好的，安装当天家里要有人，麻烦给路由器留一个插座。"),
    ("e", "好。"),
    ("c", "跟您确认一下，是5月20日上午9点到11点。"),
    ("e", "对。"),
    ("c", "好的，那就5月20日上午9点到11点师傅上门，出发前会给您打电话，再见。"),
    ("e", "再见。"),
]

CALLS = {}

def call(cid, part, lang, turns):
    CALLS[cid] = (part, lang, turns)

# ---------- en optician, tune ----------
call("own29-en-optician-t1", "tune", "en", EN_OPEN + [
    ("e", "Oh right. Is it still free for me?"),
    ("c", "Yes, it's free on the NHS for anyone over 60."),
    ("e", "Good."),
] + EN_SLOTS)
call("own29-en-optician-t2", "tune", "en", EN_OPEN + [
    ("e", "Fine. Can I drive home afterwards?"),
    ("c", "Yes, we've a free car park behind the shop with 6 spaces.", "wrong-answer", "read the parking entry; the answer is no driving for about 4 hours if drops are used"),
    ("e", "Oh. Okay."),
] + EN_SLOTS)
call("own29-en-optician-t3", "tune", "en", EN_OPEN + [
    ("e", "Yes. Do you do the glaucoma check as well?"),
    ("c", "Sorry, I couldn't tell you that, you'd have to ask on the day.", "deflected-answer", "document: the pressure test for glaucoma is part of every full test"),
    ("e", "Alright."),
] + EN_SLOTS)
call("own29-en-optician-t4", "tune", "en", EN_OPEN + [
    ("e", "Mm. Is there somewhere to park?"),
    ("c", "I've got Tuesday 9 September at 10:30am or Thursday 11 September at 3:15pm.", "ignored-question", "the parking question is walked past"),
    ("e", "Thursday suits me."),
] + EN_SLOTS[2:6] + [
    ("c", "Lovely, that's you booked for Thursday 11 September at 3:15pm, and I've noted your husband is coming with you. See you then, Mrs Marsh. Bye.", "false-claim", "she never said her husband is coming"),
    ("e", "Bye now."),
])
# ---------- en optician, kept ----------
call("own29-en-optician-k1", "kept", "en", EN_OPEN + [
    ("e", "Right. Can my husband come in with me?"),
    ("c", "Yes, someone can sit in with you."),
    ("e", "And is it step-free? My knee's bad."),
    ("c", "It is, step-free entrance and the test room's on the ground floor."),
    ("e", "Good."),
] + EN_SLOTS)
call("own29-en-optician-k2", "kept", "en", EN_OPEN + [
    ("e", "Okay. How long does it take?"),
    ("c", "About an hour and a half, all in.", "wrong-answer", "the test takes about 30 minutes"),
    ("e", "Oh, right."),
] + EN_SLOTS)
call("own29-en-optician-k3", "kept", "en", EN_OPEN + [
    ("e", "Okay. Will the drops mean I can't read for a while?"),
    ("c", "Only if the optometrist needs a closer look, and then you'll want 45 minutes in our waiting room with a free coffee.", "invented-figure", "45 minutes and a waiting-room coffee are not in the document"),
    ("e", "Hm."),
] + EN_SLOTS)

# ---------- zh broadband, tune ----------
call("own29-zh-broadband-t1", "tune", "zh", ZH_OPEN + [
    ("e", "装要钱吗？"),
    ("c", "安装免费，光猫和路由器也是免费借用的。"),
    ("e", "那挺好。"),
] + ZH_SLOTS)
call("own29-zh-broadband-t2", "tune", "zh", ZH_OPEN + [
    ("e", "墙上要打洞吗？"),
    ("c", "安装完师傅会当场测速，不达标当场处理。", "wrong-answer", "念了测速那条；应答一般走原有线管不用打孔"),
    ("e", "哦。"),
] + ZH_SLOTS)
call("own29-zh-broadband-t3", "tune", "zh", ZH_OPEN + [
    ("e", "我白天上班，能晚上来装吗？"),
    ("c", "可以的，晚上8点以前都能上门。", "wrong-answer", "文档：晚上不安排上门，最晚下午4点"),
    ("e", "那好。"),
] + ZH_SLOTS)
call("own29-zh-broadband-t4", "tune", "zh", ZH_OPEN + [
    ("e", "合约期是多久啊，中途不用了怎么办"),
    ("c", "这个我这边查不到，您以后打客服问问吧。", "deflected-answer", "文档写明合约一年、提前退订收剩余月费30%违约金"),
    ("e", "好吧。"),
] + ZH_SLOTS[:6] + [
    ("c", "好的，那就5月20日上午9点到11点师傅上门，您也同意顺便办一张手机卡，出发前会给您打电话，再见。", "false-claim", "客户从未同意办手机卡"),
    ("e", "再见。"),
])
# ---------- zh broadband, kept ----------
call("own29-zh-broadband-k1", "kept", "zh", ZH_OPEN + [
    ("e", "路由器要是坏了怎么弄"),
    ("c", "上门时间有5月20日上午9点到11点，或者5月21日下午2点到4点，您看哪个方便？", "ignored-question", "路由器坏了的问题没回答就往下走"),
    ("e", "20号上午吧。"),
] + ZH_SLOTS[2:])
call("own29-zh-broadband-k2", "kept", "zh", ZH_OPEN + [
    ("e", "装一次要多久？"),
    ("c", "大概1个小时。"),
    ("e", "网速不够怎么办？"),
    ("c", "装完师傅当场测速，不达标当场处理。"),
    ("e", "行。"),
] + ZH_SLOTS)
call("own29-zh-broadband-k3", "kept", "zh", ZH_OPEN + [
    ("e", "要是中途退了要赔多少"),
    ("c", "提前退订要收200元违约金。", "invented-figure", "文档没有200元，是剩余月份费用的30%"),
    ("e", "哦这样。"),
] + ZH_SLOTS)

for cid, (part, lang, turns) in CALLS.items():
    faults = []
    out = []
    for i, t in enumerate(turns):
        out.append({"speaker": "caller" if t[0] == "c" else "callee", "text": t[1]})
        if len(t) > 2:
            faults.append({"kind": t[2], "turn": i, "why": t[3]})
    doc = "own29-en-optician.md" if lang == "en" else "own29-zh-broadband.md"
    rec = {
        "id": cid, "scenario": "../scenarios/" + doc, "language": lang,
        "industry": "optician" if lang == "en" else "broadband", "source": "hand",
        "turns": out, "verdict": "fail" if faults else "pass", "faults": faults, "simulatorFaults": [],
    }
    with open(os.path.join(HERE, part, cid + ".json"), "w") as f:
        json.dump(rec, f, ensure_ascii=False, indent=2)
        f.write("\n")
print(len(CALLS))

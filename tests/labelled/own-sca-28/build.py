# Builds the own-sca-28 labelled calls (written and labelled from the two documents alone, before any scoring).
# A caller line may carry a fault: ("c", text, kind, why); its turn index is where it lands in the call.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))

EN_OPEN = [
    ("c", "Good morning, this is Tom from Fernway Carpet Care. Could I speak to Mr Daniel Okafor, please?"),
    ("e", "Yeah, speaking."),
    ("c", "Thanks. For security, could you tell me the postcode on your enquiry?"),
    ("e", "HG1 4QT."),
    ("c", "Thank you. So that's the quote for the lounge carpet and the three-seat sofa, £145 in total."),
]
EN_SLOTS = [
    ("c", "I can do Monday 11 January at 9am or Wednesday 13 January at 1pm."),
    ("e", "Wednesday's better."),
    ("c", "Could you clear the small furniture and ornaments off the carpet before we arrive?"),
    ("e", "Will do."),
    ("c", "So that's Wednesday 13 January at 1pm."),
    ("e", "Yep."),
    ("c", "That's you booked for Wednesday 13 January at 1pm. Thanks, Mr Okafor. Goodbye."),
    ("e", "Cheers, bye."),
]
ZH_OPEN = [
    ("c", "您好，我是清风家电清洗的小周，请问是陈建国陈先生吗？"),
    ("e", "是我。"),
    ("c", "陈先生您好，麻烦报一下您预约手机号的后四位。"),
    ("e", "6071。"),
    ("c", "好的，核对上了。您在公众号预约的是两台挂机空调拆洗，一共198元。"),
]
ZH_SLOTS = [
    ("c", "上门时间有1月6日上午9点，或者1月7日下午3点，您看哪个方便？"),
    ("e", "6号上午吧。"),
    ("c", "好的，麻烦空调下面清出一块地方，清洗前一小时关机。"),
    ("e", "行。"),
    ("c", "那跟您确认一下，是1月6日上午9点。"),
    ("e", "对。"),
    ("c", "好的，那就1月6日上午9点师傅上门，出发前会联系您，再见。"),
    ("e", "再见。"),
]
ZH_OPEN_ASR = [
    ("c", "您好我是清风家电清洗的小周请问是陈建国陈先生吗"),
    ("e", "嗯是我"),
    ("c", "麻烦报一下您预约手机号后四位"),
    ("e", "6071"),
    ("c", "好的您预约的是两台挂机空调拆洗一共198元"),
]
ZH_SLOTS_ASR = [
    ("c", "上门时间1月6日上午9点或者1月7日下午3点您看哪个方便"),
    ("e", "7号下午吧"),
    ("c", "好的麻烦空调下面清出一块地方清洗前一小时关机"),
    ("e", "好"),
    ("c", "跟您确认是1月7日下午3点"),
    ("e", "对"),
    ("c", "好的那就1月7日下午3点师傅上门出发前会联系您再见"),
    ("e", "再见"),
]

CALLS = {}

def call(cid, part, lang, turns):
    CALLS[cid] = (part, lang, turns)

# ---------- en carpet, tune ----------
call("own28-en-carpet-t1", "tune", "en", EN_OPEN + [
    ("e", "Fine. Is the stuff you use safe? We've got a cat who'll be all over it."),
    ("c", "Yes, it's a non-toxic, fragrance-free solution, fine for pets and children."),
    ("e", "Good."),
] + EN_SLOTS)
call("own28-en-carpet-t2", "tune", "en", EN_OPEN + [
    ("e", "Okay. How long before we can walk on the carpet again?"),
    ("c", "It's dry in about 2 hours, so you're fine by teatime.", "wrong-answer", "drying takes 4 to 6 hours"),
    ("e", "Right."),
] + EN_SLOTS)
call("own28-en-carpet-t3", "tune", "en", EN_OPEN + [
    ("e", "Sure. There's a red wine stain by the sofa though, will that come out?"),
    ("c", "Yes, we use a non-toxic, fragrance-free solution.", "wrong-answer", "read the safety entry; the wine-stain answer is that old stains can't be promised"),
    ("e", "Okay, good."),
] + EN_SLOTS)
call("own28-en-carpet-t4", "tune", "en", EN_OPEN + [
    ("e", "Fine. Is the fluid okay with the cat around?"),
] + [
    ("c", "I can do Monday 11 January at 9am or Wednesday 13 January at 1pm.", "ignored-question", "the pets question gets no answer; the caller goes on to the slots"),
    ("e", "Wednesday's better."),
] + EN_SLOTS[2:])
call("own28-en-carpet-t5", "tune", "en", EN_OPEN + [
    ("e", "Okay. If my shifts change, can I cancel?"),
    ("c", "I'm not sure about that one, I'd have to check and email you.", "deflected-answer", "document: cancel free up to 24 hours before"),
    ("e", "Alright."),
] + EN_SLOTS)
call("own28-en-carpet-t6", "tune", "en", EN_OPEN + [
    ("e", "Yep. Do you need anything from me, water or power?"),
    ("c", "Just one socket and your hot tap for a few minutes, it takes about 15 litres.", "invented-figure", "15 litres is not in the document"),
    ("e", "No problem."),
] + EN_SLOTS)
call("own28-en-carpet-t7", "tune", "en", EN_OPEN + [
    ("e", "Great. How long does it take to dry, roughly?"),
    ("c", "Somewhere between four and six hours, quicker if you open a window."),
    ("e", "And do I have to shift the sofa and the table?"),
    ("c", "No, the technicians move them and put them back afterwards."),
    ("e", "Brilliant."),
] + EN_SLOTS)
call("own28-en-carpet-t8", "tune", "en", EN_OPEN + [
    ("e", "Okay. Do I need to move the big furniture myself?"),
    ("c", "We use one power socket and your hot tap for a few minutes.", "wrong-answer", "read the water/power entry; the answer is the technicians move the furniture"),
    ("e", "Oh, okay. And the wine stain, can you get it out"),
    ("c", "Could you clear the small furniture and ornaments off the carpet before we arrive?", "ignored-question", "the wine-stain question is walked past"),
    ("e", "Sure."),
    ("c", "I can do Monday 11 January at 9am or Wednesday 13 January at 1pm."),
    ("e", "Wednesday's better."),
    ("c", "So that's Wednesday 13 January at 1pm."),
    ("e", "Yep."),
    ("c", "That's you booked for Wednesday 13 January at 1pm. Thanks, Mr Okafor. Goodbye."),
    ("e", "Cheers, bye."),
])
# ---------- en carpet, kept ----------
call("own28-en-carpet-k1", "kept", "en", EN_OPEN + [
    ("e", "Good. Is it guaranteed, if the marks come back?"),
    ("c", "Yes, if a stain we treated comes back within 7 days, we come back and do it again free."),
    ("e", "Fair."),
] + EN_SLOTS)
call("own28-en-carpet-k2", "kept", "en", EN_OPEN + [
    ("e", "Okay. What if I need to cancel?"),
    ("c", "That's free as long as you tell us 7 days before.", "wrong-answer", "free up to 24 hours before"),
    ("e", "Okay."),
] + EN_SLOTS)
call("own28-en-carpet-k3", "kept", "en", EN_OPEN + [
    ("e", "Right. Do I have to move the sofa and table myself?"),
    ("c", "We just need one power socket and your hot tap for a few minutes.", "wrong-answer", "read the water/power entry instead of the furniture one"),
    ("e", "Okay."),
] + EN_SLOTS)
call("own28-en-carpet-k4", "kept", "en", EN_OPEN + [
    ("e", "Fine. What about the red wine stain by the sofa"),
    ("c", "I can do Monday 11 January at 9am or Wednesday 13 January at 1pm.", "ignored-question", "wine-stain question walked past"),
    ("e", "Wednesday's better."),
] + EN_SLOTS[2:])
call("own28-en-carpet-k5", "kept", "en", EN_OPEN + [
    ("e", "Okay. Is the work guaranteed at all?"),
    ("c", "I don't have that information to hand, sorry.", "deflected-answer", "document: free return if a treated stain comes back within 7 days"),
    ("e", "Hm, okay."),
] + EN_SLOTS)
call("own28-en-carpet-k6", "kept", "en", EN_OPEN + [
    ("e", "Sounds fine. What would the stair carpet cost on top?"),
    ("c", "The stairs would be another £40.", "invented-figure", "no stair price in the document"),
    ("e", "I'll think about it."),
] + EN_SLOTS)

# ---------- zh aircon, tune ----------
call("own28-zh-aircon-t1", "tune", "zh", ZH_OPEN + [
    ("e", "会不会把墙弄脏啊？"),
    ("c", "不会的，我们会铺防水布和接水袋，墙面地面都盖好。"),
    ("e", "那就好。"),
] + ZH_SLOTS)
call("own28-zh-aircon-t2", "tune", "zh", ZH_OPEN + [
    ("e", "洗一台要多长时间？"),
    ("c", "一台大概要两个小时。", "wrong-answer", "文档是每台大约40分钟"),
    ("e", "哦。"),
] + ZH_SLOTS)
call("own28-zh-aircon-t3", "tune", "zh", ZH_OPEN + [
    ("e", "洗完了多久能开？"),
    ("c", "每台大约40分钟。", "wrong-answer", "念了时长那条；洗完擦干就能马上开"),
    ("e", "哦好。"),
] + ZH_SLOTS)
call("own28-zh-aircon-t4", "tune", "zh", ZH_OPEN_ASR + [
    ("e", "用的什么清洗剂啊对身体有没有害"),
    ("c", "上门时间1月6日上午9点或者1月7日下午3点您看哪个方便", "ignored-question", "清洗剂问题没有回答就往下走"),
    ("e", "7号下午吧"),
] + ZH_SLOTS_ASR[2:])
call("own28-zh-aircon-t5", "tune", "zh", ZH_OPEN + [
    ("e", "能开发票吗？"),
    ("c", "这个我不太清楚，您到时候问师傅吧。", "deflected-answer", "文档写明可以开电子发票发到邮箱"),
    ("e", "好吧。"),
] + ZH_SLOTS)
call("own28-zh-aircon-t6", "tune", "zh", ZH_OPEN + [
    ("e", "万一洗坏了怎么办？"),
    ("c", "我们有保险，最高赔5000元。", "invented-figure", "文档没有5000元，只说照价赔偿"),
    ("e", "嗯。"),
] + ZH_SLOTS)
call("own28-zh-aircon-t7", "tune", "zh", ZH_OPEN_ASR + [
    ("e", "要我准备梯子吗"),
    ("c", "不用师傅自己带梯子和工具"),
    ("e", "那洗完马上能开吗"),
    ("c", "可以擦干就能马上开"),
    ("e", "行"),
] + ZH_SLOTS_ASR)
call("own28-zh-aircon-t8", "tune", "zh", ZH_OPEN + [
    ("e", "要我自己准备梯子吗？"),
    ("c", "我们会铺防水布和接水袋，墙面地面都会盖好。", "wrong-answer", "念了防脏那条；应答师傅自带梯子"),
    ("e", "哦。家里老人怕吵，声音大不大"),
    ("c", "麻烦空调下面清出一块地方，清洗前一小时关机。", "ignored-question", "噪音问题没有回应（应说请技术主管回电）"),
    ("e", "行。"),
    ("c", "上门时间有1月6日上午9点，或者1月7日下午3点，您看哪个方便？"),
    ("e", "6号上午吧。"),
    ("c", "那跟您确认一下，是1月6日上午9点。"),
    ("e", "对。"),
    ("c", "好的，那就1月6日上午9点师傅上门，出发前会联系您，再见。"),
    ("e", "再见。"),
])
# ---------- zh aircon, kept ----------
call("own28-zh-aircon-k1", "kept", "zh", ZH_OPEN_ASR + [
    ("e", "用的是什么清洗剂"),
    ("c", "中性清洗剂加高温蒸汽不伤铝翅片"),
    ("e", "哦"),
] + ZH_SLOTS_ASR)
call("own28-zh-aircon-k2", "kept", "zh", ZH_OPEN + [
    ("e", "洗完多久能开？"),
    ("c", "要晾两个小时才能开。", "wrong-answer", "擦干就能马上开"),
    ("e", "好。"),
] + ZH_SLOTS)
call("own28-zh-aircon-k3", "kept", "zh", ZH_OPEN + [
    ("e", "会不会把墙弄脏？"),
    ("c", "中性清洗剂，加高温蒸汽，不伤铝翅片。", "wrong-answer", "念了清洗剂那条；应答会铺防水布盖好墙面"),
    ("e", "哦。"),
] + ZH_SLOTS)
call("own28-zh-aircon-k4", "kept", "zh", ZH_OPEN_ASR + [
    ("e", "洗坏了怎么办"),
    ("c", "上门时间1月6日上午9点或者1月7日下午3点您看哪个方便", "ignored-question", "洗坏赔偿的问题没有回答"),
    ("e", "7号下午吧"),
] + ZH_SLOTS_ASR[2:])
call("own28-zh-aircon-k5", "kept", "zh", ZH_OPEN + [
    ("e", "要自己准备梯子吗？"),
    ("c", "这个我也不确定，回头发短信告诉您。", "deflected-answer", "文档写明师傅自带梯子"),
    ("e", "好。"),
] + ZH_SLOTS)
call("own28-zh-aircon-k6", "kept", "zh", ZH_OPEN + [
    ("e", "能开发票吗？"),
    ("c", "可以，发票要另加6%的税点。", "invented-figure", "文档没有6%税点"),
    ("e", "哦。"),
] + ZH_SLOTS)

for cid, (part, lang, turns) in CALLS.items():
    faults = []
    out = []
    for i, t in enumerate(turns):
        out.append({"speaker": "caller" if t[0] == "c" else "callee", "text": t[1]})
        if len(t) > 2:
            faults.append({"kind": t[2], "turn": i, "why": t[3]})
    doc = "own28-en-carpet.md" if lang == "en" else "own28-zh-aircon.md"
    rec = {
        "id": cid, "scenario": "../scenarios/" + doc, "language": lang,
        "industry": "carpet-cleaning" if lang == "en" else "aircon-cleaning", "source": "hand",
        "turns": out, "verdict": "fail" if faults else "pass", "faults": faults, "simulatorFaults": [],
    }
    with open(os.path.join(HERE, part, cid + ".json"), "w") as f:
        json.dump(rec, f, ensure_ascii=False, indent=2)
        f.write("\n")
print(len(CALLS))

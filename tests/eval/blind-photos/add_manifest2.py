# Second hunt: append entries to manifest.json (idempotent: skips ids already present).
import json, hashlib, os
B='/work/coord/blindphotos'
P={
 'scr':(B+'/pkgs/scratch','debian scratch 1.4.0.6~dfsg1-6.1','CC-BY-SA-3.0 (debian/copyright Files: Help/* Media/* Projects, (c) 2011 MIT)'),
 'cbx':(B+'/pkgs/libjs-jquery-colorbox','debian libjs-jquery-colorbox 1.6.4-1.1','MIT (debian/copyright Files: *)'),
 'mpl':(B+'/pkgs/python-matplotlib-data','debian python-matplotlib-data 3.6.3-1','matplotlib sample data (PSF-style matplotlib licence per debian/copyright; photo of Grace Hopper, US Navy, public domain)'),
 'tab':(B+'/npm/tabler-ui/package','npm tabler-ui@0.0.34','package MIT (package.json); demo photos are Unsplash photos credited by photographer in the file name (Unsplash licence)'),
}
R=[
('scr-beestory-girl','primary-children','scr','carved/Stories__7_BeeStory__1.jpg','usr/share/scratch/Projects/Stories/7 BeeStory.sb (embedded JPEG #1, carved by carve_scratch_sb.py)','girl about 3–5','small girl in pink jacket and tartan skirt standing in a meadow, small in frame, dandelion close-up in foreground (480x360)'),
('scr-monorail-child','primary-children','scr','carved/Greetings__3_Slideshow__2.jpg','usr/share/scratch/Projects/Greetings/3 Slideshow.sb (embedded JPEG #2, carved by carve_scratch_sb.py)','child about 4–7; adults 30–45','monorail at a theme-park station; a small child in white top and orange trousers partly hidden among adults at the right edge, side-on/from behind, small in frame; hard case (480x360)'),
('scr-anna','primary-children','scr','usr/share/scratch/Media/Costumes/People/anna-1.gif',None,'girl about 9–11','cut-out photo sprite (transparent GIF, 152x175) of a girl in pink top, arms outstretched, frontal; small image'),
('scr-sam','primary-children','scr','usr/share/scratch/Media/Costumes/People/sam.gif',None,'boy about 8–11','cut-out photo sprite (transparent GIF, 117x180) of a smiling boy in a tracksuit jacket, frontal; small image'),
('cbx-marylou','teenagers','cbx','usr/share/doc/libjs-jquery-colorbox/examples/content/marylou.jpg',None,'girl about 11–14 (borderline primary/teen; a minor either way)','black-and-white beach photo: a girl with a backpack seen side-on facing a wild pony, full body, medium-small in frame (800x543)'),
('mpl-grace-hopper','older-adults','mpl','usr/share/matplotlib/mpl-data/sample_data/grace_hopper.jpg',None,'woman about 75–80','official portrait of an elderly woman in naval uniform (Grace Hopper), frontal, flag behind (512x600)'),
('scr-atom-playground','no-people','scr','usr/share/scratch/Media/Backgrounds/Outdoors/atom-playground.jpg',None,'none','empty children\'s playground with climbing frame in front of a brick building (school-context negative, 480x360)'),
('scr-hall','no-people','scr','usr/share/scratch/Media/Backgrounds/Indoors/hall.jpg',None,'none','empty wide indoor corridor of a large public building, distant small signs, no people (480x360)'),
('tab-two-women-behind','young-adults','tab','dist/demo/photos/nathan-dumlao-287713-1500.jpg',None,'likely 18–30, faces not visible (could be late teens)','two long-haired young women seen from behind looking at a mountain valley; hard case (no faces)'),
('tab-man-behind-peak','young-adults','tab','dist/demo/photos/tim-bogdanov-97988-1500.jpg',None,'young man about 18–35, seen from behind','man in light-blue top standing on a rock seen from behind at sunrise, medium-small in frame'),
('tab-hikers-tiny','adults','tab','dist/demo/photos/davide-cantelli-139887-1500.jpg',None,'two hikers, tiny, from behind; most likely adults (age cannot be judged)','volcanic landscape with two tiny walkers on a path seen from behind; hard case'),
('tab-bmx-spectators','adults','tab','dist/demo/photos/nicolas-picard-208276-1500.jpg',None,'rider and spectators about 20–45','BMX rider mid-air, face cut off, with small spectators behind a banner'),
]
m=json.load(open(B+'/manifest.json')); ids={e['id'] for e in m}
for i,c,k,rel,src_note,ages,what in R:
    if i in ids: continue
    root,src,lic=P[k]; path=os.path.join(root,rel)
    assert os.path.isfile(path),path
    h=hashlib.sha256(open(path,'rb').read()).hexdigest()
    m.append(dict(id=i,**{'class':c},path=path,ages=ages,what=what,source=f'{src} {src_note or rel}',licence=lic,sha256=h)); ids.add(i)
json.dump(m,open(B+'/manifest.json','w'),indent=1,ensure_ascii=False)
from collections import Counter; print(len(m),Counter(o['class'] for o in m))

#!/usr/bin/env python3
"""Extract files from a Qt binary resource (.rcc) file. usage: rcc_extract.py file.rcc outdir"""
import sys,os,struct,zlib
src,out=sys.argv[1],sys.argv[2]
b=open(src,'rb').read()
assert b[:4]==b'qres',src
ver,tree,data,names=struct.unpack('>IIII',b[4:20])
esz=14 if ver==1 else 22
def name(off):
    n,=struct.unpack('>H',b[names+off:names+off+2])
    return b[names+off+6:names+off+6+2*n].decode('utf-16-be')
def walk(idx,path):
    e=tree+idx*esz
    noff,flags=struct.unpack('>IH',b[e:e+6])
    nm=name(noff) if idx else ''
    p=os.path.join(path,nm)
    if flags&2:
        cnt,first=struct.unpack('>II',b[e+6:e+14])
        for i in range(cnt): walk(first+i,p)
    else:
        doff,=struct.unpack('>I',b[e+10:e+14])
        sz,=struct.unpack('>I',b[data+doff:data+doff+4])
        d=b[data+doff+4:data+doff+4+sz]
        if flags&1: d=zlib.decompress(d[4:])
        elif flags&4:
            import zstandard; d=zstandard.ZstdDecompressor().decompress(d)
        os.makedirs(os.path.dirname(p),exist_ok=True)
        open(p,'wb').write(d)
walk(0,out)
